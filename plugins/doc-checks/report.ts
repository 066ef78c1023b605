import {formatFinding, type Finding} from '../../src/checks/finding';

/** The message a failed build prints: every finding, one a line, and how to reproduce it fast. */
export function formatBuildFailure(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return [
    `ax docs checks: ${errors} error(s), ${warnings} warning(s)`,
    ...findings.map((f) => `  ${formatFinding(f)}`),
    'Run `npm run check` for the same findings without a build.',
  ].join('\n');
}
