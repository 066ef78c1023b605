import type {ReadinessItem} from '../src/binder/readiness';
import {routes} from '../src/routes/table';

/**
 * The readiness and production-validation checklist, per domain. Each item links the page
 * holding its evidence; computed items are judged from data by src/binder/readiness.ts, the
 * others are attested in the domain's sign-off.
 */
export const readinessItems: readonly ReadinessItem[] = [
  {id: 'no-open-critical', domain: 'engineering', text: 'No critical vulnerability is open in any component.', evidence: routes.security(), check: 'no-open-critical'},
  {id: 'tests-passing', domain: 'engineering', text: 'Every test in the evidence run passed.', evidence: routes.health(), check: 'tests-passing'},
  {id: 'ownership-documented', domain: 'engineering', text: 'Every component has an owning team and a support tier.', evidence: routes.doc('reference/ownership'), check: 'attested'},
  {id: 'kpis-sourced', domain: 'product', text: 'Every success metric is read from a source, none typed by hand.', evidence: routes.analytics(), check: 'kpis-sourced'},
  {id: 'targets-agreed', domain: 'product', text: 'The KPI targets and at-risk thresholds are agreed.', evidence: routes.doc('handoff'), check: 'attested'},
  {id: 'runbooks-drilled', domain: 'operations', text: 'Every runbook was drilled within its drill interval.', evidence: routes.runbook(), check: 'runbooks-drilled'},
  {id: 'dr-targets', domain: 'operations', text: 'Failover and restore drills met their RPO and RTO targets.', evidence: routes.runbook('disaster-recovery'), check: 'attested'},
  {id: 'on-call-escalation', domain: 'support', text: 'Every team has an on-call rotation and an escalation path.', evidence: routes.doc('reference/ownership'), check: 'attested'},
  {id: 'pa11y-clean', domain: 'support', text: 'The docs site has 0 pa11y errors.', evidence: routes.health(), check: 'pa11y-clean'},
  {id: 'templates-ready', domain: 'community', text: 'Every plugin template scaffolds, builds and passes its checks.', evidence: routes.template(), check: 'attested'},
  {id: 'labs-published', domain: 'community', text: 'The training labs are published with their prerequisites and samples.', evidence: routes.lab(), check: 'attested'},
];
