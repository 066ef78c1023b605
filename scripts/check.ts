import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {allRules, compareFindings, loadSiteModel, runRules} from '../src/checks';
import {changedFiles, selectChanged} from '../src/checks/changed';
import {formatByOwner} from '../src/checks/format/by-owner';
import {formatJson} from '../src/checks/format/json';
import {formatJunit} from '../src/checks/format/junit';
import {formatPretty} from '../src/checks/format/pretty';
import {formatSarif} from '../src/checks/format/sarif';
import {summarize} from '../src/checks/format/summary';
import {buildHealthReport} from '../src/checks/health';
import {siteUrlFromEnv} from '../src/site/site-url';
import {exitCode, runBin, writeLine, type CliIo} from './lib/cli';

const usage = `Usage: npm run check -- [options]
  --format pretty|json|sarif|junit   output format (default pretty)
  --changed <git-base>               only files changed since the base, plus pages linking to them
  --today YYYY-MM-DD                 judge freshness on this day (default: today, UTC)
  --root <dir>                       check another tree with the same layout (default .)
  --by-owner                         print a Markdown digest per owner team
Exit: 0 no errors (warnings allowed), 1 errors, 2 the tool failed.`;

const formats = ['pretty', 'json', 'sarif', 'junit'] as const;

/** `npm run check`: the docs rules without a build. Exit 0 clean, 1 findings with errors, 2 tool failure. */
export async function main({argv, cwd, env, stdout, stderr}: CliIo): Promise<number> {
  const log = (text: string) => writeLine(stdout, text);
  try {
    const {values} = parseArgs({
      args: [...argv],
      options: {
        format: {type: 'string', default: 'pretty'},
        changed: {type: 'string'},
        today: {type: 'string'},
        root: {type: 'string', default: '.'},
        'by-owner': {type: 'boolean', default: false},
        help: {type: 'boolean', default: false},
      },
      strict: true,
    });
    if (values.help) {
      log(usage);
      return exitCode.clean;
    }
    const format = values.format as (typeof formats)[number];
    if (!formats.includes(format)) throw new Error(`Unexpected --format "${values.format}", expected one of: ${formats.join(', ')}`);
    if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new Error(`Unexpected --today "${values.today}", expected YYYY-MM-DD`);
    const root = path.resolve(cwd, values.root);
    const changed = values.changed === undefined ? undefined : await changedFiles(root, values.changed);
    const model = await loadSiteModel(root, {today: values.today, select: changed && ((all) => selectChanged(all, changed))});
    const findings = (await runRules(allRules, model)).sort(compareFindings).filter(inScope(model.pages.map((p) => p.file), changed, root));
    const summary = summarize(findings, model.pages.length);
    if (values['by-owner']) {
      const owners = new Map(model.pages.flatMap((p) => (p.validation.data ? [[p.file, p.validation.data.owner] as const] : [])));
      log(formatByOwner(buildHealthReport(model, findings), findings, owners));
    } else if (format === 'json') log(formatJson(findings, summary));
    else if (format === 'sarif') log(formatSarif(findings, allRules.map((r) => r.meta), siteUrlFromEnv(env), version()));
    else if (format === 'junit') log(formatJunit(findings, model.pages.map((p) => p.file)));
    else log(formatPretty(findings, summary));
    return summary.errors ? exitCode.findings : exitCode.clean;
  } catch (error) {
    writeLine(stderr, `check: could not run: ${(error as Error).message}\n\n${usage}`);
    return exitCode.toolFailure;
  }
}

/**
 * With `--changed`, findings on site files (redirects, permalinks) count only when that file
 * changed or a page was deleted, which can orphan a published URL.
 */
function inScope(pages: string[], changed: string[] | undefined, root: string): (f: {file: string}) => boolean {
  if (!changed) return () => true;
  const keep = new Set([...pages, ...changed]);
  const pageDeleted = changed.some((f) => /\.mdx?$/.test(f) && !existsSync(path.join(root, f)));
  return (f) => keep.has(f.file) || pageDeleted;
}

function version(): string {
  return (JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as {version: string}).version;
}

if (require.main === module) runBin(main);
