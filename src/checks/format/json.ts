import type {Finding} from '../finding';
import type {Summary} from './summary';

/** `{"findings": [...], "summary": {...}}`, stable key order, for machines. */
export function formatJson(findings: readonly Finding[], summary: Summary): string {
  return JSON.stringify(
    {findings: findings.map(({file, line, column, ruleId, severity, message, url}) => ({file, line, column, ruleId, severity, message, url})), summary},
    null,
    2,
  );
}
