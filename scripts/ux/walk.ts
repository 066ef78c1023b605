import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, findChromium} from '../lib/chromium';
import {parseOrUsage, runBin, writeLine, type CliIo} from '../lib/cli';
import {startStaticServer} from '../lib/static-server';
import {walkRoutes} from '../../src/ux/page-kinds';
import {pageKinds, viewports, type PageKind} from '../../src/ux/papercut';
import {keyboardPass, layoutAndAxe, screenReaderTree} from './walk-checks';

const usage = `Usage: npm run ux:walk -- [--site build] [--kind <kind>[,<kind>…]] [--tree <dir>]
Walks each page kind at ${viewports.join(', ')} px in light and dark mode and lists candidate papercuts.
--kind walks only those kinds (${pageKinds.join(', ')}); --tree writes each page's accessibility tree there.`;

/** What one page at one width and mode shows that a reader would trip over. */
interface WalkFinding {
  route: string;
  width: number;
  mode: string;
  what: string;
}

function parseArgs(argv: readonly string[], cwd: string): {site: string; kinds: PageKind[]; tree?: string} | string {
  const valueOf = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const kinds = (valueOf('--kind')?.split(',') ?? [...pageKinds]) as PageKind[];
  const unknown = kinds.filter((k) => !pageKinds.includes(k));
  if (unknown.length) return `Unexpected --kind "${unknown.join(',')}", expected one or more of: ${pageKinds.join(', ')}`;
  const tree = valueOf('--tree');
  return {site: path.resolve(cwd, valueOf('--site') ?? 'build'), kinds, tree: tree && path.resolve(cwd, tree)};
}

/**
 * `npm run ux:walk`: walks every route of each page kind (every chapter of the binder) at 390,
 * 768 and 1280 px in light and dark mode and lists candidate papercuts: sideways scrolling,
 * elements wider than their box, axe-core's WCAG 2.2 AA findings, focus a keyboard user cannot
 * see or boxes no key reaches (a Tab pass in light mode), and in the screen-reader tree
 * landmarks that cannot be told apart, unnamed tables and skipped heading levels. A human
 * judges which are papercuts; exit 1 when anything was listed, 2 on a tool failure.
 */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  const options = parseOrUsage({argv, stdout, stderr}, usage, (args) => parseArgs(args, cwd));
  if ('exit' in options) return options.exit;
  const executablePath = findChromium();
  if (!executablePath) {
    writeLine(stderr, 'Unexpected: no Chromium found, expected /usr/bin/chromium or CHROMIUM_PATH');
    return 2;
  }
  const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const server = await startStaticServer(options.site);
  const browser = await chromium.launch({executablePath, args: chromiumArgs});
  const findings: WalkFinding[] = [];
  let pages = 0;
  try {
    for (const kind of options.kinds) {
      for (const route of walkRoutes[kind]) {
        for (const width of viewports) {
          for (const mode of ['light', 'dark'] as const) {
            const context = await browser.newContext({viewport: {width, height: 900}, colorScheme: mode});
            await context.addInitScript((m) => window.localStorage.setItem('theme', m), mode);
            const page = await context.newPage();
            await page.goto(server.url + route, {waitUntil: 'networkidle'});
            // tsx keeps function names with a `__name` helper that the page does not have.
            await page.addScriptTag({content: `window.__name = (f) => f;\n${axe}`});
            const seen = await layoutAndAxe(page);
            // Focus and the accessibility tree do not change with the colour mode: walked once.
            if (mode === 'light') {
              seen.push(...(await keyboardPass(page)));
              const {findings: tree, tree: snapshot} = await screenReaderTree(page);
              seen.push(...tree);
              if (options.tree) {
                mkdirSync(options.tree, {recursive: true});
                writeFileSync(path.join(options.tree, `${route.replace(/^\//, '').replace(/\//g, '_') || 'home'}-${width}.yml`), `${snapshot}\n`);
              }
            }
            for (const what of seen) findings.push({route, width, mode, what});
            pages++;
            await context.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const f of findings) writeLine(stdout, `${f.route} ${f.width} ${f.mode}: ${f.what}`);
  writeLine(stderr, `${findings.length} candidate papercut(s) on ${pages} page views of ${options.kinds.length} page kind(s)`);
  return findings.length ? 1 : 0;
}

if (require.main === module) runBin(main, {exitWhenDone: true});
