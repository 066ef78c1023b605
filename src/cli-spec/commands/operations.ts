import {marketplaceStatsOutput, marketplaceSubmissionOutput, policyCheckOutput, runtimeStatusOutput} from '../outputs';
import type {CommandSpec} from '../types';
import {clusters, components, count, date, duration, enumOf, formats, keyKinds, pipelines, pluginName, regions, severities, text, version} from '../values';

type Leaf = Omit<CommandSpec, 'audience' | 'introducedIn'> & Partial<Pick<CommandSpec, 'audience' | 'introducedIn'>>;
const op = (spec: Leaf): CommandSpec => ({audience: 'operator', introducedIn: '2.0.0', ...spec});
const region = {name: 'region', description: 'Region to act on; defaults to every region.', value: enumOf(regions)};
const dryRun = {name: 'dry-run', description: 'Print what would happen without doing it.'};
const yes = {name: 'yes', short: 'y', description: 'Do not ask for confirmation.'};
const format = {name: 'format', description: 'Output format.', value: formats, default: 'text'};

/** `ax runtime …`: the plugin runtime fleet. */
export const runtimeCommand: CommandSpec = op({
  name: 'runtime',
  summary: 'Inspect and operate the plugin runtime fleet.',
  description: 'Status, capacity and rollout controls of the runtime that loads and sandboxes plugins. Changing commands need the runtime-operator role.',
  component: 'runtime',
  subcommands: [
    op({name: 'status', summary: 'Show the health of runtime nodes per region.', description: 'Shows nodes, their version, load, queue depth and any plugin in crash loop, per region.', component: 'runtime', audience: 'developer', flags: [region, {name: 'plugin', description: 'Only the pods running this plugin.', value: pluginName}, format], output: runtimeStatusOutput}),
    op({name: 'versions', summary: 'List runtime versions with their support dates.', description: 'Lists every runtime version, its API level, where it runs and its end-of-support date.', component: 'runtime', audience: 'developer', flags: [format]}),
    op({name: 'scale', summary: 'Change the number of runtime replicas in a region.', description: 'Sets the replica count, or the autoscaling bounds, of the runtime in one region.', component: 'runtime', flags: [{...region, required: true}, {name: 'replicas', description: 'Fixed replica count.', value: count('n', 1, 500)}, {name: 'min', description: 'Autoscaling lower bound.', value: count('n', 1, 500)}, {name: 'max', description: 'Autoscaling upper bound.', value: count('n', 1, 500)}, dryRun]}),
    op({name: 'restart', summary: 'Rolling restart of runtime nodes or one plugin\'s pods.', description: 'Restarts nodes one at a time, waiting for each to pass its health check, or only the pods of one plugin.', component: 'runtime', flags: [region, {name: 'plugin', description: 'Restart only this plugin\'s pods.', value: pluginName}, {name: 'max-unavailable', description: 'Nodes restarting at once.', value: count('n', 1, 50), default: '1'}, yes]}),
    op({name: 'drain', summary: 'Move work off a node before maintenance.', description: 'Stops scheduling on a node and moves its plugins elsewhere, waiting for in-flight events.', component: 'runtime', args: [{name: 'node', description: 'Node ID from `ax runtime status`.', value: text('node-id'), required: true}], flags: [{name: 'timeout', description: 'Longest wait for in-flight events.', value: duration, default: '10m'}, yes]}),
    op({name: 'rollback', summary: 'Roll the runtime back to the previous version in a region.', description: 'Redeploys the previous runtime version in a region, node by node.', component: 'runtime', flags: [{...region, required: true}, {name: 'to', description: 'Version to roll back to; defaults to the previous one.', value: version}, yes]}),
    op({name: 'quota', summary: 'Show or raise a plugin\'s resource quota.', description: 'Shows the CPU, memory and event-rate quota of a plugin in a workspace, or raises it within the organisation\'s plan.', component: 'runtime', audience: 'developer', args: [{name: 'plugin', description: 'Plugin name.', value: pluginName, required: true}], flags: [{name: 'workspace', description: 'Workspace the quota applies to.', value: text('workspace')}, {name: 'memory', description: 'New memory limit in MiB.', value: count('mib', 64, 8192)}, {name: 'events-per-minute', description: 'New event-rate limit.', value: count('n', 1, 100000)}]}),
  ],
});

/** `ax marketplace …`: listings, analytics and moderation. */
export const marketplaceCommand: CommandSpec = op({
  name: 'marketplace',
  summary: 'Search listings, export adoption figures and moderate submissions.',
  description: 'Developer commands to search and measure plugins, and moderator commands to work the submission queue.',
  component: 'marketplace',
  audience: 'developer',
  subcommands: [
    op({name: 'search', summary: 'Search marketplace listings.', description: 'Searches listings by name, description and tags, as the web marketplace does.', component: 'marketplace', audience: 'developer', args: [{name: 'query', description: 'Search words.', value: text('query'), required: true, variadic: true}], flags: [{name: 'limit', description: 'Most results to show.', value: count('n', 1, 100), default: '20'}, {name: 'channel', description: 'Channel to search.', value: enumOf(['sandbox', 'beta', 'stable']), default: 'stable'}, format]}),
    op({name: 'stats', summary: 'Export a plugin\'s adoption funnel as CSV or JSON.', description: 'Exports views, installs, weekly active and retained installs of a plugin, per day and per cohort, for reports.', component: 'marketplace', audience: 'developer', args: [{name: 'plugin', description: 'Plugin name.', value: pluginName, required: true}], flags: [{name: 'format', description: 'Export format.', value: enumOf(['csv', 'json']), default: 'csv'}, {name: 'since', description: 'First day to include.', value: date}, {name: 'until', description: 'Last day to include; defaults to yesterday.', value: date}, {name: 'cohort', description: 'Cohort grouping.', value: enumOf(['weekly', 'monthly']), default: 'weekly'}], output: marketplaceStatsOutput, examples: [{command: 'ax marketplace stats billing-sync --format csv --since 2026-10-01', description: 'The funnel of billing-sync since October, for a report.'}]}),
    op({name: 'submission', summary: 'Show the review state of a submission.', description: 'Shows where a submitted version is in review: automated checks, moderation queue, decision and any requested changes.', component: 'marketplace', audience: 'developer', args: [{name: 'submission-id', description: 'Submission ID printed by `ax plugin publish`.', value: text('submission-id'), required: true}], flags: [format], output: marketplaceSubmissionOutput}),
    op({name: 'queue', summary: 'List submissions waiting for moderation.', description: 'Lists submissions in the moderation queue with their age against the review SLA.', component: 'governance', flags: [{name: 'status', description: 'Queue state to list.', value: enumOf(['pending', 'escalated', 'changes-requested']), default: 'pending'}, format]}),
    op({name: 'moderate', summary: 'Record a moderation decision on a submission.', description: 'Approves or rejects a submission, or requests changes, with a reason the author sees.', component: 'governance', args: [{name: 'submission-id', description: 'Submission ID from the queue.', value: text('submission-id'), required: true}], flags: [{name: 'decision', description: 'The decision.', value: enumOf(['approve', 'reject', 'request-changes']), required: true}, {name: 'reason', description: 'Shown to the author.', value: text('reason')}]}),
    op({name: 'unlist', summary: 'Hide a plugin from the marketplace.', description: 'Removes a listing from search and blocks new installs; existing installs keep running unless `--disable` is given.', component: 'governance', args: [{name: 'plugin', description: 'Plugin name.', value: pluginName, required: true}], flags: [{name: 'reason', description: 'Shown to the author and recorded in the audit log.', value: text('reason'), required: true}, {name: 'disable', description: 'Also stop existing installs.'}, yes]}),
    op({name: 'relist', summary: 'Restore an unlisted plugin.', description: 'Puts an unlisted plugin back in search and allows installs again.', component: 'governance', args: [{name: 'plugin', description: 'Plugin name.', value: pluginName, required: true}]}),
  ],
});

/** `ax telemetry …`: the ingestion pipeline. */
export const telemetryCommand: CommandSpec = op({
  name: 'telemetry',
  summary: 'Check and repair the telemetry pipeline.',
  description: 'Ingestion lag, pipeline health and replays of the event, metric, trace and export pipelines.',
  component: 'telemetry',
  subcommands: [
    op({name: 'status', summary: 'Show the health of each telemetry pipeline.', description: 'Shows throughput, error rate and consumer health of each pipeline.', component: 'telemetry', audience: 'developer', flags: [{name: 'pipeline', description: 'Only this pipeline.', value: enumOf(pipelines)}, format]}),
    op({name: 'lag', summary: 'Show ingestion lag per pipeline and partition.', description: 'Shows how far behind each consumer is, and fails when it is over a threshold, for alert checks.', component: 'telemetry', flags: [{name: 'pipeline', description: 'Only this pipeline.', value: enumOf(pipelines)}, {name: 'threshold', description: 'Exit 1 when lag is over this.', value: duration}, format]}),
    op({name: 'replay', summary: 'Replay events from the archive into a pipeline.', description: 'Re-ingests archived events for a time window, e.g. after an outage dropped them. Replays are idempotent.', component: 'telemetry', flags: [{name: 'pipeline', description: 'Pipeline to replay into.', value: enumOf(pipelines), required: true}, {name: 'from', description: 'First day to replay.', value: date, required: true}, {name: 'to', description: 'Last day to replay.', value: date}, dryRun]}),
  ],
});

/** `ax keys …`: signing, API and webhook keys. */
export const keysCommand: CommandSpec = op({
  name: 'keys',
  summary: 'List, rotate and revoke organisation keys.',
  description: 'Signing keys (plugin packages), API keys (CI), webhook secrets and vault keys, with their age and expiry.',
  component: 'cli',
  subcommands: [
    op({name: 'list', summary: 'List keys with their age and expiry.', description: 'Lists the organisation\'s keys, what uses each one and when it expires.', component: 'cli', audience: 'developer', flags: [{name: 'kind', description: 'Only keys of this kind.', value: enumOf(keyKinds)}, format]}),
    op({name: 'rotate', summary: 'Issue a new key and retire the old one after a grace period.', description: 'Issues a new key, makes it active, and keeps the old one valid for the grace period so running installs and CI pick up the new one.', component: 'cli', flags: [{name: 'kind', description: 'Kind of key to rotate.', value: enumOf(keyKinds), required: true}, {name: 'grace', description: 'How long the old key stays valid.', value: duration, default: '7d'}, dryRun, yes]}),
    op({name: 'revoke', summary: 'Revoke a key at once.', description: 'Revokes a key immediately, e.g. after a leak. Anything signed or authenticated with it stops working.', component: 'cli', args: [{name: 'key-id', description: 'Key ID from `ax keys list`.', value: text('key-id'), required: true}], flags: [{name: 'reason', description: 'Recorded in the audit log.', value: text('reason'), required: true}, yes]}),
  ],
});

/** `ax db …` and `ax backup …`: data stores and disaster recovery. */
export const dbCommand: CommandSpec = op({
  name: 'db',
  summary: 'Data store status and failover.',
  description: 'Replication status and failover of the platform\'s data store clusters.',
  component: 'runtime',
  subcommands: [
    op({name: 'status', summary: 'Show replication status of each cluster.', description: 'Shows the primary, replicas and replication lag of each cluster.', component: 'runtime', flags: [{name: 'cluster', description: 'Only this cluster.', value: enumOf(clusters)}, format]}),
    op({name: 'failover', summary: 'Promote a replica in another region to primary.', description: 'Promotes the replica in the target region after checking its lag against the 15-minute RPO, then repoints services.', component: 'runtime', flags: [{name: 'cluster', description: 'Cluster to fail over.', value: enumOf(clusters), required: true}, {name: 'to', description: 'Region to promote.', value: enumOf(regions), required: true}, dryRun, yes]}),
  ],
});

export const backupCommand: CommandSpec = op({
  name: 'backup',
  summary: 'List, verify and restore backups.',
  description: 'Nightly and point-in-time backups of the data store clusters, with checksum verification.',
  component: 'runtime',
  subcommands: [
    op({name: 'list', summary: 'List backups of a cluster.', description: 'Lists backups with their time, size, checksum state and retention.', component: 'runtime', flags: [{name: 'cluster', description: 'Cluster whose backups to list.', value: enumOf(clusters), required: true}, {name: 'since', description: 'Only backups from this day on.', value: date}, format]}),
    op({name: 'verify', summary: 'Check a backup\'s checksum and restorability.', description: 'Verifies the checksum of a backup and, with `--restore-test`, restores it into a scratch cluster.', component: 'runtime', args: [{name: 'backup-id', description: 'Backup ID from `ax backup list`.', value: text('backup-id'), required: true}], flags: [{name: 'restore-test', description: 'Also restore into a scratch cluster and run smoke queries.'}]}),
    op({name: 'restore', summary: 'Restore a cluster from a backup.', description: 'Restores a backup, or a point in time, into a target cluster. Restoring over a live cluster needs `--yes`.', component: 'runtime', args: [{name: 'backup-id', description: 'Backup ID from `ax backup list`.', value: text('backup-id'), required: true}], flags: [{name: 'target', description: 'Cluster to restore into; defaults to the backup\'s own.', value: enumOf(clusters)}, {name: 'point-in-time', description: 'Restore to this moment (ISO 8601 timestamp).', value: text('timestamp')}, dryRun, yes]}),
  ],
});

/** `ax incident …`: incident declaration and updates. */
export const incidentCommand: CommandSpec = op({
  name: 'incident',
  summary: 'Declare, update and resolve incidents.',
  description: 'Opens an incident channel, pages the owning rotation and posts status updates.',
  component: 'cli',
  subcommands: [
    op({name: 'declare', summary: 'Declare an incident and page the owning team.', description: 'Creates the incident, opens its channel and pages the on-call rotation of the component.', component: 'cli', flags: [{name: 'severity', description: 'Incident severity.', value: enumOf(severities), required: true}, {name: 'component', description: 'Affected component.', value: enumOf(components), required: true}, {name: 'title', description: 'One-line summary.', value: text('title'), required: true}]}),
    op({name: 'update', summary: 'Post a status update.', description: 'Posts a status update to the incident channel and the status page.', component: 'cli', args: [{name: 'incident-id', description: 'Incident ID.', value: text('incident-id'), required: true}], flags: [{name: 'status', description: 'Incident state.', value: enumOf(['investigating', 'identified', 'monitoring']), required: true}, {name: 'message', description: 'Update text.', value: text('message'), required: true}]}),
    op({name: 'resolve', summary: 'Resolve an incident and schedule its review.', description: 'Marks the incident resolved and schedules the post-incident review.', component: 'cli', args: [{name: 'incident-id', description: 'Incident ID.', value: text('incident-id'), required: true}], flags: [{name: 'summary', description: 'What happened, for the status page.', value: text('summary'), required: true}]}),
    op({name: 'list', summary: 'List open incidents.', description: 'Lists open incidents with severity, component and age.', component: 'cli', audience: 'developer', flags: [format]}),
  ],
});

/** `ax policy …`: governance policies. */
export const policyCommand: CommandSpec = op({
  name: 'policy',
  summary: 'Check plugins against governance policies.',
  description: 'The governance policies the marketplace enforces on submission, and a local check against them.',
  component: 'governance',
  audience: 'developer',
  subcommands: [
    op({name: 'list', summary: 'List the policies in force for a channel.', description: 'Lists policies, their version and the channels that enforce them.', component: 'governance', audience: 'developer', flags: [{name: 'channel', description: 'Only policies of this channel.', value: enumOf(['sandbox', 'beta', 'stable'])}, format]}),
    op({name: 'check', summary: 'Check a plugin against the policies of a channel.', description: 'Runs the governance policies of a channel against a plugin folder, as submission will.', component: 'governance', audience: 'developer', args: [{name: 'path', description: 'Plugin folder; defaults to the current folder.', value: {kind: 'path', hint: 'path'}, required: false}], flags: [{name: 'channel', description: 'Channel whose policies apply.', value: enumOf(['sandbox', 'beta', 'stable']), default: 'stable'}, format], output: policyCheckOutput}),
    op({name: 'accept', summary: 'Accept the current contributor policy for your organisation.', description: 'Records that your organisation accepts the current version of the contributor policy, which submission requires.', component: 'governance', audience: 'developer', flags: [{name: 'version', description: 'Policy version being accepted; defaults to the current one.', value: version}]}),
  ],
});
