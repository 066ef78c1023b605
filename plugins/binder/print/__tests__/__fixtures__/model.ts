import type {BinderPrintModel} from '../../model';

/** A binder as the view models would hand it over: synthetic, nobody signed. */
export const fixtureModel: BinderPrintModel = {
  title: 'ax v2 handoff binder',
  asOf: '2026-11-29',
  builtOn: '2026-12-01',
  syntheticNote: 'Every figure in this binder comes from synthetic data generated for the docs site.',
  kpis: [
    {name: 'Weekly active developers', status: 'On track', value: '214', target: '≥ 200', trend: 'better', owner: 'product'},
    {name: 'Platform uptime', status: 'No data', value: 'No data', target: '≥ 99.9%', trend: 'no trend', owner: 'devops'},
    {name: 'Docs | helpfulness', status: 'At risk', value: '91%', target: '≥ 95%', trend: 'worse', owner: 'docs'},
  ],
  signoffs: [
    {domain: 'engineering', state: 'UNSIGNED', signer: 'engineering-lead'},
    {domain: 'operations', state: 'UNSIGNED', signer: 'operations-lead'},
  ],
  readiness: [
    {domain: 'engineering', text: 'No critical vulnerability is open in any component.', state: 'Met'},
    {domain: 'operations', text: 'Every runbook was drilled within its drill interval.', state: 'Not met'},
    {domain: 'operations', text: 'Failover and restore drills met their RPO and RTO targets.', state: 'Attested in sign-off'},
  ],
  labs: [
    {title: 'Build a first plugin', url: 'https://docs.example.com/docs/labs/first-plugin', duration: '45 min', audience: 'Plugin developers', steps: 5, outcomes: ['Scaffold a plugin from a template.', 'Publish it to the sandbox.']},
    {title: 'Stakeholder tour', url: 'https://docs.example.com/docs/labs/stakeholder-tour', duration: '20 min', audience: 'Stakeholders', steps: 3, outcomes: []},
  ],
  sessions: [{title: 'Platform onboarding for new hires', kind: 'live session', url: 'https://docs.example.com/docs/recordings/onboarding'}],
};
