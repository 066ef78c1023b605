import path from 'node:path';
import {allRules, compareFindings, formatFinding, loadSiteModel, runRules} from '../src/checks';

/** `npm run check`: the docs rules without a build. Exit 0 clean, 1 findings with errors, 2 tool failure. */
export async function main({argv = process.argv.slice(2), cwd = process.cwd(), log = console.log} = {}): Promise<number> {
  try {
    const rootFlag = argv.indexOf('--root');
    const todayFlag = argv.indexOf('--today');
    const root = path.resolve(cwd, rootFlag >= 0 ? argv[rootFlag + 1]! : '.');
    const today = todayFlag >= 0 ? argv[todayFlag + 1] : undefined;
    const model = await loadSiteModel(root, {today});
    const findings = (await runRules(allRules, model)).sort(compareFindings);
    for (const f of findings) log(formatFinding(f));
    const errors = findings.filter((f) => f.severity === 'error').length;
    log(`${model.pages.length} pages checked: ${errors} error(s), ${findings.length - errors} warning(s)`);
    return errors ? 1 : 0;
  } catch (error) {
    log(`check: could not run: ${(error as Error).message}`);
    return 2;
  }
}

if (require.main === module) {
  void main().then((code) => process.exit(code));
}
