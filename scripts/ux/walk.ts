import {readFileSync} from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, findChromium} from '../lib/chromium';
import {runBin, writeLine, type CliIo} from '../lib/cli';
import {startStaticServer} from '../lib/static-server';
import {pageKindRoutes} from '../../src/ux/page-kinds';
import {viewports} from '../../src/ux/papercut';

/** What one page at one width and mode shows that a reader would trip over. */
interface WalkFinding {
  route: string;
  width: number;
  mode: string;
  what: string;
}

/**
 * `npm run ux:walk -- [--site build]`: walks every page kind at 390, 768 and 1280 px in light and
 * dark mode and lists candidate papercuts: sideways scrolling, elements wider than their box,
 * and axe-core's WCAG 2.2 AA findings (contrast, target size, names, heading order). A human
 * judges which are papercuts; exit 1 when anything was listed, 2 on a tool failure.
 */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  const at = argv.indexOf('--site');
  const site = path.resolve(cwd, at >= 0 ? argv[at + 1]! : 'build');
  const executablePath = findChromium();
  if (!executablePath) {
    writeLine(stderr, 'Unexpected: no Chromium found, expected /usr/bin/chromium or CHROMIUM_PATH');
    return 2;
  }
  const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const server = await startStaticServer(site);
  const browser = await chromium.launch({executablePath, args: chromiumArgs});
  const findings: WalkFinding[] = [];
  try {
    for (const [kind, route] of Object.entries(pageKindRoutes)) {
      for (const width of viewports) {
        for (const mode of ['light', 'dark'] as const) {
          const context = await browser.newContext({viewport: {width, height: 900}, colorScheme: mode});
          await context.addInitScript((m) => window.localStorage.setItem('theme', m), mode);
          const page = await context.newPage();
          await page.goto(server.url + route, {waitUntil: 'networkidle'});
          await page.addScriptTag({content: axe});
          const seen = await page.evaluate(async () => {
            const out: string[] = [];
            const doc = document.documentElement;
            if (doc.scrollWidth > window.innerWidth + 1) out.push(`page scrolls sideways: ${doc.scrollWidth} > ${window.innerWidth}`);
            for (const el of Array.from(document.querySelectorAll<HTMLElement>('main a.button, main button, .navbar a, .navbar button'))) {
              const parent = el.parentElement!;
              const r = el.getBoundingClientRect();
              const p = parent.getBoundingClientRect();
              if (r.width > 0 && r.right > p.right + 1 && getComputedStyle(parent).overflowX === 'visible') out.push(`overflows its box: "${el.textContent?.trim().slice(0, 40)}" ${Math.round(r.right - p.right)} px`);
            }
            for (const t of Array.from(document.querySelectorAll<SVGTextElement>('main svg text'))) {
              const h = t.getBoundingClientRect().height;
              if (h > 0 && h < 11) {
                out.push(`svg text ${h.toFixed(1)} px high: "${t.textContent?.slice(0, 30)}"`);
                break;
              }
            }
            const w = window as unknown as {axe: {run(ctx: unknown, o: unknown): Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>}};
            const r = await w.axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']}});
            for (const v of r.violations) out.push(`axe ${v.id}: ${v.nodes.length} × e.g. ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
            return out;
          });
          for (const what of seen) findings.push({route, width, mode, what});
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const f of findings) writeLine(stdout, `${f.route} ${f.width} ${f.mode}: ${f.what}`);
  writeLine(stderr, `${findings.length} candidate papercut(s) on ${Object.keys(pageKindRoutes).length} page kinds`);
  return findings.length ? 1 : 0;
}

if (require.main === module) runBin(main, {exitWhenDone: true});
