import {defineError, type ErrorEntry} from '../../src/error-catalog/entry';
import {routes} from '../../src/routes/table';

/** AX6000–AX6099: contributor policy, submission policies and moderation. */
export const governancePolicyErrors: ErrorEntry[] = [
  defineError({
    id: 'AX6001',
    title: 'Contributor policy not accepted',
    area: 'governance-policy',
    severity: 'error',
    message: 'Organisation {org} has not accepted contributor policy {policyVersion}; submissions are blocked.',
    params: {org: 'string', policyVersion: 'version'},
    causes: [
      'A new version of the contributor policy was published and nobody in the organisation has accepted it.',
      'You submit from a new organisation.',
    ],
    fixes: [
      {step: 'Read the policies in force.', command: 'ax policy list'},
      {step: 'An organisation admin accepts the current policy.', command: 'ax policy accept'},
    ],
    related: [{error: 'AX6003'}],
    introducedIn: '2.1.0',
    aliases: ['GV_POLICY_NOT_ACCEPTED'],
  }),
  defineError({
    id: 'AX6003',
    title: 'Governance policy violations',
    area: 'governance-policy',
    severity: 'error',
    message: '{count} policy violations for channel {channel}; the first is {first}.',
    params: {count: 'integer', channel: 'string', first: 'string'},
    causes: [
      'The plugin misses an item of the submission checklist, such as a privacy statement or a support contact.',
      'A stricter channel (beta, stable) enforces policies the sandbox does not.',
    ],
    fixes: [
      {step: 'Run the same policy checks locally.', command: 'ax policy check --channel <channel>'},
      {step: 'Fix each violation, then validate strictly before submitting again.', command: 'ax plugin validate --strict'},
    ],
    related: [{error: 'AX4020'}, {error: 'AX6012'}],
    introducedIn: '2.0.0',
    aliases: ['GV_VIOLATIONS'],
  }),
  defineError({
    id: 'AX6010',
    title: 'Review SLA breached',
    area: 'governance-policy',
    severity: 'warning',
    message: 'Submission {submissionId} has waited {age} for review; the SLA is {sla}.',
    params: {submissionId: 'id', age: 'duration', sla: 'duration'},
    causes: ['The moderation queue is short of reviewers this week.', 'The submission was escalated and waits for a second reviewer.'],
    fixes: [
      {step: 'Moderators: list escalated submissions first.', command: 'ax marketplace queue --status escalated'},
      {step: 'Record a decision, with a reason the author sees.', command: 'ax marketplace moderate <submission-id> --decision approve'},
    ],
    related: [{error: 'AX4020'}, {doc: routes.doc('reference/ownership'), label: 'Ownership matrix'}],
    introducedIn: '2.0.0',
  }),
  defineError({
    id: 'AX6012',
    title: 'Sensitive permission without justification',
    area: 'governance-policy',
    severity: 'error',
    message: 'Plugin {plugin} requests {permission}, which channel {channel} allows only with a justification.',
    params: {plugin: 'string', permission: 'string', channel: 'string'},
    causes: [
      'The permission reaches data of every workspace member, such as `members.read` or `records.export`.',
      'The `justifications` section of ax-plugin.json is missing or empty.',
    ],
    fixes: [
      {step: 'Drop the permission if the plugin can work without it.'},
      {step: 'Otherwise add a justification for it in ax-plugin.json, then check the channel\'s policies.', command: 'ax policy check --channel stable'},
    ],
    related: [{error: 'AX2011'}, {error: 'AX6003'}],
    introducedIn: '2.0.0',
  }),
  defineError({
    id: 'AX6020',
    title: 'Plugin suspended',
    area: 'governance-policy',
    severity: 'fatal',
    message: 'Plugin {plugin} was suspended by governance on {suspendedAt}: {reason}.',
    params: {plugin: 'string', suspendedAt: 'timestamp', reason: 'string'},
    causes: [
      'A critical security finding in the plugin or one of its dependencies.',
      'Repeated policy violations after warnings.',
    ],
    fixes: [
      {step: 'Read the suspension notice and the finding.', command: 'ax plugin info <plugin>'},
      {step: 'Publish a fixed version to the sandbox and reply to the notice; moderators relist after review.', command: 'ax plugin publish --channel sandbox'},
    ],
    related: [{error: 'AX4025'}],
    introducedIn: '2.0.0',
    aliases: ['GV_SUSPENDED'],
  }),
];
