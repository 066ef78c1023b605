import {routes} from '../routes/table';

/** How loud a finding is. */
export type Severity = 'error' | 'warn';

/** How a rule is configured: `off` silences it. */
export type SeveritySetting = Severity | 'off';

/** The one shape every check on this site reports, in the CLI and in the build. */
export interface Finding {
  /** Path relative to the checked root, with forward slashes. */
  file: string;
  /** 1-based line of the offending text. */
  line: number;
  /** 1-based column of the offending text. */
  column: number;
  /** Id of the rule that produced the finding, e.g. `frontmatter/schema`. */
  ruleId: string;
  severity: Severity;
  /** "Unexpected X, expected Y". */
  message: string;
  /** Where the rule is documented. */
  url: string;
}

/** The anchor of a rule's section on the rules page. */
export function ruleAnchor(ruleId: string): string {
  return ruleId.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

/** Where a rule is documented on the site. */
export function ruleDocsUrl(ruleId: string): string {
  return `${routes.doc('contributing/checks')}#${ruleAnchor(ruleId)}`;
}

/** Stable order: by file, then line, then column, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** `file:line:column` followed by severity, message and rule: one finding a line. */
export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.ruleId})`;
}
