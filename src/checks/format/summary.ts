import type {Finding} from '../finding';

/** Counts for the end of a run. */
export interface Summary {
  /** Pages reported on. */
  pages: number;
  errors: number;
  warnings: number;
  /** Findings per rule id. */
  byRule: Record<string, number>;
}

export function summarize(findings: readonly Finding[], pages: number): Summary {
  const byRule: Record<string, number> = {};
  for (const f of findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {pages, errors, warnings: findings.length - errors, byRule};
}
