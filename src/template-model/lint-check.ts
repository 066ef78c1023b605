import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {pathPositions} from '../checks/zod-finding';
import {lintSource} from './lint-rules';
import {lintConfigFile, type LoadedTemplate, type TemplateProblem} from './load';

/**
 * A template passes its own lint rules: its modules break none of them, and its `ax-lint.json`
 * turns on exactly the rules the registry lists, so the page, the scaffold and the checks agree.
 */
export function lintTemplate(root: string, t: LoadedTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const f of t.sourceFiles) {
    const file = `${t.dir}/${f}`;
    for (const v of lintSource(file, readFileSync(path.join(root, file), 'utf8'), t.entry.lintRules, {entry: f === t.entryFile})) {
      problems.push({file, line: v.line, column: v.column, ruleId: 'templates/lint', message: `${v.message.replace(/\.$/, '')} (template "${t.entry.archetype}")`});
    }
  }
  const configFile = `${t.dir}/${lintConfigFile}`;
  if (!existsSync(path.join(root, configFile))) {
    problems.push({file: `${t.dir}/ax-plugin.json`, line: 1, ruleId: 'templates/lint', message: `Unexpected template "${t.entry.archetype}" without ${lintConfigFile}, expected one that turns on ${t.entry.lintRules.join(', ')}`});
    return problems;
  }
  const text = readFileSync(path.join(root, configFile), 'utf8');
  let rules: string[] = [];
  try {
    rules = Object.keys((JSON.parse(text) as {rules?: Record<string, unknown>}).rules ?? {});
  } catch {
    problems.push({file: configFile, line: 1, ruleId: 'templates/lint', message: `Unexpected ${lintConfigFile} that is not JSON, expected {"rules": {"<rule id>": "error"}}`});
    return problems;
  }
  const line = pathPositions(text)(['rules'])?.line ?? 1;
  const missing = t.entry.lintRules.filter((r) => !rules.includes(r));
  const extra = rules.filter((r) => !(t.entry.lintRules as string[]).includes(r));
  if (missing.length || extra.length) {
    problems.push({file: configFile, line, ruleId: 'templates/lint', message: `Unexpected lint rules ${rules.join(', ') || 'none'} in ${configFile}, expected the rules the registry lists for template "${t.entry.archetype}": ${t.entry.lintRules.join(', ')}`});
  }
  return problems;
}
