import {formatFinding, type Finding} from '../finding';
import type {Summary} from './summary';

/** One finding a line, `file:line:column severity message (rule)`, then the counts. */
export function formatPretty(findings: readonly Finding[], summary: Summary): string {
  return [...findings.map(formatFinding), `${summary.pages} pages checked: ${summary.errors} error(s), ${summary.warnings} warning(s)`].join('\n');
}
