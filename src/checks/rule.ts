import {ruleDocsUrl, type Finding, type Severity, type SeveritySetting} from './finding';

/** What a rule says about itself; the rules page on the site is generated from this. */
export interface RuleMeta {
  /** Stable id, `area/name`. */
  id: string;
  /** One sentence: what the rule catches. */
  description: string;
  /** Why the rule exists, for the rules page. */
  rationale: string;
  /** Severity when the configuration says nothing. */
  defaultSeverity: Severity;
}

/**
 * What a rule reports; the wrapper stamps the rest. A rule may lower one finding to `warn`
 * (e.g. drift without git history), never raise it above the configured severity.
 */
export type Report = (at: {file: string; line: number; column?: number; message: string; severity?: 'warn'}) => void;

/** A check over the whole content model. `TModel` is whatever the engine hands rules. */
export interface Rule<TModel> {
  meta: RuleMeta;
  run(model: TModel, report: Report): void | Promise<void>;
}

/** Makes a rule; severity and ruleId are stamped by {@link runRules}, never by the rule. */
export function defineRule<TModel>(meta: RuleMeta, run: Rule<TModel>['run']): Rule<TModel> {
  return {meta, run};
}

/** Per-rule severity overrides, by rule id. */
export type RuleSettings = Readonly<Record<string, SeveritySetting>>;

/** Runs every rule that is not `off` and returns their findings, stamped. */
export async function runRules<TModel>(
  rules: readonly Rule<TModel>[],
  model: TModel,
  settings: RuleSettings = {},
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    const severity: Severity = setting;
    await rule.run(model, (at) =>
      findings.push({
        file: at.file,
        line: at.line,
        column: at.column ?? 1,
        ruleId: rule.meta.id,
        severity: at.severity ?? severity,
        message: at.message,
        url: ruleDocsUrl(rule.meta.id),
      }),
    );
  }
  return findings;
}
