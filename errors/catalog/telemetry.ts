import {defineError, type ErrorEntry} from '../../src/error-catalog/entry';
import {routes} from '../../src/routes/table';

/** AX5000–AX5099: logs, correlation IDs and the ingestion pipeline. */
export const telemetryErrors: ErrorEntry[] = [
  defineError({
    id: 'AX5001',
    title: 'No logs for correlation ID',
    area: 'telemetry',
    severity: 'warning',
    message: 'No log lines for correlation ID {correlationId} in the last {window}.',
    params: {correlationId: 'id', window: 'duration'},
    causes: [
      'The request is older than the default one-hour window of `ax logs`.',
      'Telemetry ingestion is behind, so the lines have not arrived yet.',
      'The ID was copied partly; correlation IDs are 36 characters.',
      'The lines are older than the 30-day retention.',
    ],
    fixes: [
      {step: 'Widen the window.', command: 'ax logs --correlation-id <correlation-id> --since 7d'},
      {step: 'Check ingestion lag before concluding the lines are lost.', command: 'ax telemetry status'},
    ],
    related: [{error: 'AX5004'}, {doc: routes.doc('tutorials/first-plugin'), label: 'Trace a request'}],
    introducedIn: '2.1.0',
    aliases: ['TM_CID_NOT_FOUND'],
  }),
  defineError({
    id: 'AX5004',
    title: 'Telemetry ingestion behind',
    area: 'telemetry',
    severity: 'warning',
    message: 'Telemetry pipeline {pipeline} is {lag} behind; results may be incomplete.',
    params: {pipeline: 'string', lag: 'duration'},
    causes: [
      'A burst of events after an incident or a large import.',
      'A consumer of the pipeline is down or restarting.',
    ],
    fixes: [
      {step: 'See the lag per pipeline and partition.', command: 'ax telemetry lag'},
      {step: 'Telemetry operators: if lag passes 15 minutes, follow the telemetry runbook and declare an incident.', command: 'ax incident declare --severity sev3 --component telemetry --title "Telemetry ingestion lag"'},
    ],
    related: [{error: 'AX5001'}, {doc: routes.runbook(), label: 'Operations runbooks'}],
    introducedIn: '2.0.0',
    aliases: ['TM_LAG'],
  }),
  defineError({
    id: 'AX5010',
    title: 'Events dropped: batch too large',
    area: 'telemetry',
    severity: 'error',
    message: 'Dropped {count} events from {plugin}: the batch is {sizeKib} KiB, over the {limitKib} KiB limit.',
    params: {count: 'integer', plugin: 'string', sizeKib: 'integer', limitKib: 'integer'},
    causes: [
      'The plugin attaches whole records to events instead of their IDs.',
      'An old telemetry client batches without a size bound.',
    ],
    fixes: [
      {step: 'Send record IDs, not records, in event attributes.'},
      {step: 'Update the telemetry client: the observability template\'s client splits batches, and `ax plugin upgrade` brings it in.', command: 'ax plugin upgrade --dry-run'},
    ],
    related: [{error: 'AX5012'}],
    introducedIn: '2.0.0',
  }),
  defineError({
    id: 'AX5012',
    title: 'Event does not match its schema',
    area: 'telemetry',
    severity: 'error',
    message: 'Event {event} from {plugin} does not match schema {schema}: {detail}.',
    params: {event: 'string', plugin: 'string', schema: 'string', detail: 'string'},
    causes: [
      'The event schema gained a required field and the plugin sends the old shape.',
      'A field is sent as a string where the schema wants a number.',
    ],
    fixes: [
      {step: 'Read the rejected events with their details.', command: 'ax logs --plugin <plugin> --level warn --since 1h'},
      {step: 'Validate the plugin; it checks emitted event shapes against the schemas.', command: 'ax plugin validate'},
    ],
    related: [{error: 'AX5010'}],
    introducedIn: '2.0.0',
    aliases: ['TM_SCHEMA'],
  }),
];
