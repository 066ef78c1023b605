import type {RunbooksContent} from './content';

/**
 * The JSON files the plugin writes with `createData`, by name. Components import them as
 * `@generated/ax-runbooks/default/<name>` (declared in ./generated-data.d.ts),
 * so each page loads only its own data, never the whole section's. Each runbook's own view goes
 * to its page's route instead (./docs-instance.ts).
 */
export function dataFiles(content: RunbooksContent): Record<string, unknown> {
  return {
    'knowledge-base.json': content.knowledgeBase,
    'runbooks-by-trigger.json': content.byTrigger,
    'severity-and-roles.json': content.severityAndRoles,
    'disaster-recovery.json': content.disasterRecovery,
    'governance.json': content.governance,
  };
}
