import * as z from 'zod';
import {installsDropAlert, installsDropCondition} from '../../analytics/alert-policy';
import {componentIds} from '../registry/components';
import {severityIds} from './severity';

/** A production alert. Every alert names the runbook that answers it through that runbook's `triggers`. */
export const alertSchema = z
  .object({
    /** The alert name as the paging tool shows it, in PascalCase. */
    name: z.string().regex(/^[A-Z][A-Za-z0-9]+$/),
    /** The component whose metrics fire it. */
    component: z.enum(componentIds),
    /** The condition, as configured in the alerting rules. */
    condition: z.string().min(1),
    /** The severity the alert opens the incident at. */
    severity: z.enum(severityIds),
  })
  .strict();

export type Alert = z.output<typeof alertSchema>;

const alertInputs = [
  {name: 'AxSloBurnRateHigh', component: 'runtime', condition: 'Error budget of any tier-1 SLO burning faster than 14x over 1 hour', severity: 'SEV-2'},
  {name: 'RuntimeQueueSaturated', component: 'runtime', condition: 'Invocation queue depth above 5,000 for 5 minutes in any region', severity: 'SEV-2'},
  {name: 'RuntimeColdStartLatencyHigh', component: 'runtime', condition: 'p95 plugin cold start above 2 s for 10 minutes', severity: 'SEV-3'},
  {name: 'RuntimePluginCrashLoop', component: 'runtime', condition: 'A plugin sandbox restarted more than 5 times in 10 minutes', severity: 'SEV-3'},
  {name: 'ModerationQueueSlaBreach', component: 'marketplace', condition: 'A submission waited longer than its tier review SLA', severity: 'SEV-3'},
  {name: 'MarketplaceAbuseReportSpike', component: 'marketplace', condition: 'More than 10 abuse reports against one listing in 1 hour', severity: 'SEV-2'},
  {name: 'PublishPipelineFailureRate', component: 'marketplace', condition: 'More than 20% of publish jobs failed over 15 minutes', severity: 'SEV-2'},
  {name: 'TelemetryIngestionLag', component: 'telemetry', condition: 'Oldest unprocessed event older than 10 minutes', severity: 'SEV-3'},
  {name: 'TelemetryIngestionStalled', component: 'telemetry', condition: 'No events processed for 5 minutes', severity: 'SEV-2'},
  {name: 'CriticalCveDetected', component: 'governance', condition: 'The daily SCA scan found a CVE with CVSS 9.0 or above in a shipped dependency', severity: 'SEV-1'},
  {name: 'SbomDriftDetected', component: 'governance', condition: 'A deployed artifact’s SBOM differs from the signed SBOM of its release', severity: 'SEV-3'},
  {name: 'SigningKeyExpiring', component: 'marketplace', condition: 'The active plugin signing key expires within 14 days', severity: 'SEV-4'},
  {name: 'SignatureVerificationFailures', component: 'runtime', condition: 'More than 1% of plugin loads fail signature verification over 10 minutes', severity: 'SEV-1'},
  {name: 'PrimaryDatabaseUnavailable', component: 'marketplace', condition: 'The marketplace primary database failed health checks for 2 minutes', severity: 'SEV-1'},
  {name: 'ReplicationLagHigh', component: 'marketplace', condition: 'Replica lag above 60 s for 5 minutes', severity: 'SEV-3'},
  {name: 'BackupVerificationFailed', component: 'telemetry', condition: 'A nightly backup failed its checksum verification or did not run', severity: 'SEV-3'},
  {name: 'CliLoginFailureSpike', component: 'cli', condition: '`ax login` failure ratio above 10% for 10 minutes', severity: 'SEV-2'},
  {name: installsDropAlert.name, component: 'marketplace', condition: installsDropCondition(), severity: 'SEV-4'},
  {name: 'PolicyCheckErrorRate', component: 'governance', condition: 'More than 5% of submission policy checks errored over 15 minutes', severity: 'SEV-3'},
] as const satisfies readonly z.input<typeof alertSchema>[];

export type AlertName = (typeof alertInputs)[number]['name'];

export const alerts: readonly Alert[] = alertInputs.map((a) => alertSchema.parse(a));

export const alertNames: ReadonlySet<string> = new Set(alerts.map((a) => a.name));

/** The alert with this name, or undefined. */
export function findAlert(name: string): Alert | undefined {
  return alerts.find((a) => a.name === name);
}
