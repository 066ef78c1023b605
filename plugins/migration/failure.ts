import {formatFinding, type Finding} from '../../src/checks/finding';

/** The build error for bad sources: one finding a line, each naming its file and line. */
export function formatMigrationFailure(findings: Finding[]): string {
  return `The migration sources have ${findings.length} error(s):\n${findings.map((f) => `  ${formatFinding(f)}`).join('\n')}`;
}
