import {mkdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {papercuts} from '../../src/ux/papercuts';
import {shotFiles, type Papercut} from '../../src/ux/papercut';
import {papercutProblems} from '../../src/ux/papercut-schema';
import {chromiumArgs, findChromium} from '../lib/chromium';
import {parseOrUsage, runBin, writeLine, type CliIo} from '../lib/cli';
import {startStaticServer} from '../lib/static-server';

const usage = `Usage: npm run ux:screenshots -- --before|--after [--id <papercut-id>] [--site <built-site-dir>]
Photographs each papercut of src/ux/papercuts at its viewport and colour mode into static/img/ux-changes/.
--before serves build-before/ (the site built before the fixes), --after serves build/.`;

/** A screenshot larger than this is too heavy for a docs page: crop it or lower its height. */
export const maxShotBytes = 150_000;
/** Default tallest shot, so a long element does not make a page-sized image. */
const defaultMaxHeight = 640;

interface Options {
  phase: 'before' | 'after';
  id?: string;
  site: string;
}

function parseArgs(argv: readonly string[], cwd: string): Options | string {
  const phases = argv.filter((a) => a === '--before' || a === '--after');
  if (phases.length !== 1) return `Unexpected arguments "${argv.join(' ')}", expected exactly one of --before or --after`;
  const phase = phases[0] === '--before' ? 'before' : 'after';
  const valueOf = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  return {phase, id: valueOf('--id'), site: path.resolve(cwd, valueOf('--site') ?? (phase === 'before' ? 'build-before' : 'build'))};
}

/** Takes one papercut's shot from the site at `origin`; returns the file's size in bytes. */
async function shoot(browser: Browser, origin: string, cut: Papercut, file: string): Promise<number> {
  const context = await browser.newContext({viewport: {width: cut.viewport, height: 900}, deviceScaleFactor: 1, colorScheme: cut.mode, reducedMotion: 'reduce'});
  // Docusaurus keeps the reader's choice in localStorage; setting it makes the mode explicit.
  await context.addInitScript((mode) => window.localStorage.setItem('theme', mode), cut.mode);
  const page = await context.newPage();
  try {
    // Before hydration is what the server sent with no script run: hold every script back.
    if (cut.shot.beforeHydration) await page.route('**/*.js', (route) => route.abort());
    await page.goto(new URL(cut.route, origin).toString(), {waitUntil: cut.shot.beforeHydration ? 'load' : 'networkidle'});
    if (cut.shot.click) await page.locator(cut.shot.click).first().click();
    const target = page.locator(cut.shot.selector).first();
    await target.waitFor({state: 'visible'});
    await target.scrollIntoViewIfNeeded();
    if (cut.shot.scrollEnd) await page.locator(cut.shot.scrollEnd).first().evaluate((box) => box.scrollTo({left: box.scrollWidth}));
    if (cut.shot.focus) {
      // A key press first, so the browser shows focus as it does for keyboard users (:focus-visible).
      await page.keyboard.press('Shift');
      await page.locator(cut.shot.focus).first().focus();
    }
    // Clear of the sticky navbar: scrolled (or focused) to the top of the viewport, the target's top was under it.
    await target.evaluate((el) => {
      const navbar = document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
      const top = el.getBoundingClientRect().top;
      if (top < navbar + 24) window.scrollBy(0, top - navbar - 24);
    });
    const box = await target.boundingBox();
    if (!box) throw new Error(`Unexpected: selector "${cut.shot.selector}" of papercut ${cut.id} matched nothing visible on ${cut.route}, expected an element to photograph`);
    const scroll = await page.evaluate(() => ({x: window.scrollX, y: window.scrollY, width: document.documentElement.scrollWidth}));
    const pad = cut.shot.pad ?? 16;
    const x = Math.max(0, box.x + scroll.x - pad);
    const y = Math.max(0, box.y + scroll.y - pad);
    const clip = {
      x,
      y,
      width: Math.min(box.width + 2 * pad, Math.max(scroll.width, cut.viewport) - x),
      height: Math.min(box.height + 2 * pad, cut.shot.maxHeight ?? defaultMaxHeight),
    };
    await page.screenshot({path: file, clip, fullPage: true, animations: 'disabled', caret: 'hide'});
    return statSync(file).size;
  } finally {
    await context.close();
  }
}

/** `npm run ux:screenshots`: exit 0 all shots written and small enough, 1 some too large, 2 tool failure. */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  const options = parseOrUsage({argv, stdout, stderr}, usage, (args) => parseArgs(args, cwd));
  if ('exit' in options) return options.exit;
  const problems = papercutProblems(papercuts);
  if (problems.length) {
    for (const p of problems) writeLine(stderr, p);
    return 2;
  }
  const chosen = options.id ? papercuts.filter((c) => c.id === options.id) : papercuts;
  if (!chosen.length) {
    writeLine(stderr, `Unexpected --id "${options.id}", expected one of: ${papercuts.map((c) => c.id).join(', ')}`);
    return 2;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    writeLine(stderr, 'Unexpected: no Chromium found, expected /usr/bin/chromium or CHROMIUM_PATH');
    return 2;
  }
  const outDir = path.join(cwd, 'static');
  mkdirSync(path.join(outDir, 'img/ux-changes'), {recursive: true});
  const server = await startStaticServer(options.site);
  const browser = await chromium.launch({executablePath, args: chromiumArgs});
  let tooLarge = 0;
  try {
    for (const cut of chosen) {
      const file = path.join(outDir, shotFiles(cut.id)[options.phase]);
      const bytes = await shoot(browser, server.url, cut, file);
      const heavy = bytes > maxShotBytes;
      if (heavy) tooLarge++;
      writeLine(stdout, `${heavy ? 'too large' : 'wrote'} ${path.relative(cwd, file)} (${Math.round(bytes / 1000)} kB, ${cut.viewport} px, ${cut.mode})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return tooLarge ? 1 : 0;
}

if (require.main === module) runBin(main, {exitWhenDone: true});
