import type {OutputSchema} from './types';

/**
 * What the commands that scripts and the training labs read print with `--format json`. Each
 * schema is attached to its command in the spec (`output`), shown on the command's reference
 * page, and used by the labs' receipt checks. Plain data only: the browser imports this module.
 */

const str = (description: string, extra: {enum?: readonly string[]; pattern?: string} = {}): OutputSchema => ({type: 'string', description, ...extra});
const int = (description: string): OutputSchema => ({type: 'integer', description, minimum: 0});
const bool = (description: string): OutputSchema => ({type: 'boolean', description});
const obj = (properties: Record<string, OutputSchema>, description?: string): OutputSchema => ({
  type: 'object',
  ...(description ? {description} : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: true,
});
const list = (items: OutputSchema, description: string): OutputSchema => ({type: 'array', description, items});

const plugin = str('Plugin name, as in its manifest.', {pattern: '^[a-z0-9][a-z0-9-]*$'});
const version = str('Plugin version (semver).', {pattern: '^\\d+\\.\\d+\\.\\d+(-[0-9a-z.-]+)?$'});
const channel = str('Marketplace channel.', {enum: ['sandbox', 'beta', 'stable']});
const errorId = str('Error ID from the catalog.', {pattern: '^AX\\d{4}$'});
const day = str('Day, YYYY-MM-DD.', {pattern: '^\\d{4}-\\d{2}-\\d{2}$'});
const timestamp = str('ISO 8601 UTC timestamp.', {pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$'});
const submissionId = str('Submission ID.', {pattern: '^sub_[a-z0-9]{8,}$'});
const finding = obj({rule: str('Check that failed.'), error_id: errorId, message: str('What is wrong and how to fix it.')}, 'One problem found.');

/** `ax plugin validate --format json`. */
export const pluginValidateOutput = obj({
  plugin,
  version,
  valid: bool('Whether every check passed; warnings count only with `--strict`.'),
  errors: list(finding, 'Problems that block publishing.'),
  warnings: list(finding, 'Problems the stable channel treats as errors.'),
});

/** `ax plugin publish --format json`. */
export const pluginPublishOutput = obj({
  plugin,
  version,
  channel,
  submission_id: submissionId,
  status: str('Where the submission stands after upload.', {enum: ['listed', 'in-review', 'rejected']}),
});

/** `ax plugin upgrade --dry-run --format json`. */
export const pluginUpgradeOutput = obj({
  plugin,
  from: str('Runtime version the manifest targets now.'),
  to: str('Runtime version it would target.'),
  changes: list(obj({file: str('File the codemod rewrites.'), codemod: str('Codemod that rewrites it.')}), 'What the codemods change.'),
  manual: list(obj({file: str('File to change by hand.'), api: str('API the code uses.'), reason: str('Why no codemod can change it.')}), 'What you must change yourself.'),
});

/** `ax logs --format json`. */
export const logsOutput = obj({
  lines: list(
    obj({
      ts: timestamp,
      level: str('Log level.', {enum: ['debug', 'info', 'warn', 'error']}),
      component: str('Component that logged the line.', {enum: ['cli', 'runtime', 'marketplace', 'telemetry', 'governance', 'templates']}),
      correlation_id: str('Correlation ID of the request the line belongs to.'),
      plugin: str('Plugin the line is about, or empty.'),
      message: str('The log message.'),
    }),
    'Log lines, oldest first.',
  ),
});

/** `ax runtime status --format json`. */
export const runtimeStatusOutput = obj({
  regions: list(
    obj({
      region: str('Region.', {enum: ['eu-west-1', 'us-east-1', 'ap-southeast-1']}),
      nodes: int('Runtime nodes serving.'),
      queue_depth: int('Events waiting to be dispatched.'),
      cpu_percent: int('Mean CPU use across nodes.'),
      crash_looping: list(str('Plugin name.'), 'Plugins whose sandboxes keep restarting.'),
    }),
    'One entry per region.',
  ),
});

/** `ax marketplace stats --format json`. */
export const marketplaceStatsOutput = obj({
  plugin,
  days: list(obj({date: day, views: int('Listing views.'), installs: int('New installs.'), active: int('Installs active that day.')}), 'One row per day, oldest first.'),
});

/** `ax marketplace submission --format json`. */
export const marketplaceSubmissionOutput = obj({
  submission_id: submissionId,
  plugin,
  version,
  channel,
  state: str('Review state.', {enum: ['automated-checks', 'in-review', 'changes-requested', 'approved', 'rejected']}),
  checks: list(obj({name: str('Automated check.'), passed: bool('Whether it passed.')}), 'Automated checks run on submission.'),
});

/** `ax policy check --format json`. */
export const policyCheckOutput = obj({
  plugin,
  channel,
  passed: bool('Whether every policy of the channel passed.'),
  results: list(obj({policy: str('Policy id.'), passed: bool('Whether the plugin meets it.'), message: str('What to change, when it fails.')}), 'One result per policy.'),
});
