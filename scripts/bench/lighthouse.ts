import {mkdir, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {globSync} from 'tinyglobby';
import {routes} from '../../src/routes/table';
import {startCdnServer} from '../lib/cdn-server';
import {findChromium} from '../lib/chromium';
import {erroredAudits, formatFindings, topFindings, type Lhr} from './lighthouse-audits';
import {runLighthouse} from './lighthouse-runner';
import {formatBundle, formatJudgements, formatTable, judge, type KindResult} from './lighthouse-scores';
import {buildSite, mainBundleBytes, makePlainSite} from './lighthouse-sites';

export interface CliIo {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: {write(text: string): unknown};
  stderr: {write(text: string): unknown};
}

/**
 * The page kinds of issue 13. The plain site has only a home page and docs, so its home stands
 * in for our home and its doc page for every other kind.
 */
export const pageKinds = [
  {kind: 'home', ours: routes.home, plain: routes.home},
  {kind: 'doc page', ours: routes.doc('start-here'), plain: routes.doc('start-here')},
  {kind: 'error page', ours: routes.error('AX1042'), plain: routes.doc('start-here')},
  {kind: 'runbook', ours: routes.runbook('incident-triage'), plain: routes.doc('start-here')},
  {kind: 'compatibility matrix', ours: routes.migration('compatibility'), plain: routes.doc('start-here')},
] as const;

const usage = 'usage: npm run bench:lighthouse [-- --runs N] [--no-build | --site DIR] [--kinds KIND,…] [--reports DIR]';

interface Options {
  runs: number;
  build: boolean;
  /** Our built site to measure, when not build/ (a build kept from before a change); never rebuilt. */
  site: string | undefined;
  kinds: (typeof pageKinds)[number][];
  reports: string | undefined;
}

/** A kind's name on the command line: its words joined by dashes ("doc-page"). */
const kindArg = (kind: string) => kind.replace(/\W+/g, '-');

function parse(argv: string[]): Options {
  const {values} = parseArgs({
    args: argv,
    options: {runs: {type: 'string', default: '3'}, 'no-build': {type: 'boolean', default: false}, site: {type: 'string'}, kinds: {type: 'string'}, reports: {type: 'string'}},
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`Unexpected --runs value "${values.runs}", expected a whole number of at least 1`);
  const names = values.kinds === undefined ? pageKinds.map((k) => kindArg(k.kind)) : values.kinds.split(',');
  const kinds = names.map((name) => {
    const kind = pageKinds.find((k) => kindArg(k.kind) === name);
    if (!kind) throw new Error(`Unexpected --kinds value "${name}", expected some of ${pageKinds.map((k) => kindArg(k.kind)).join(', ')}, separated by commas`);
    return kind;
  });
  return {runs, build: !values['no-build'] && values.site === undefined, site: values.site, kinds, reports: values.reports};
}

/** Fetches a page once so a wrong path fails before any measuring, rather than scoring a 404 page. */
async function checkServed(origin: string, urlPath: string): Promise<void> {
  const res = await fetch(origin + urlPath);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`Unexpected HTTP ${res.status} for ${origin}${urlPath}, expected 200: is the site built?`);
}

/**
 * `npm run bench:lighthouse`: benchmark, not a test. Builds our site (unless `--no-build`) and a
 * plain classic peer, serves both compressed on loopback, runs Lighthouse's mobile preset on each
 * page kind, ours and the peer alternately so each pair shares the machine's load, and prints the
 * median scores side by side with the targets. Exit 0 when it ran (met or not), 2 when a
 * tool failed.
 */
export async function main({argv, cwd, env, stdout, stderr}: CliIo): Promise<number> {
  const log = (line = '') => stdout.write(`${line}\n`);
  let options: Options;
  try {
    options = parse(argv);
  } catch (error) {
    stderr.write(`bench:lighthouse: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const chromePath = findChromium(env);
  if (!chromePath) {
    stderr.write('bench:lighthouse: no Chromium found; install the "chromium" package or set CHROMIUM_PATH\n');
    return 2;
  }
  const work = path.join(os.tmpdir(), 'ax-docs-bench-lighthouse');
  const reports = path.resolve(cwd, options.reports ?? '.bench/lighthouse');
  const closers: (() => Promise<void>)[] = [];
  try {
    const oursOut = path.resolve(cwd, options.site ?? 'build');
    if (options.build) {
      log('bench:lighthouse: building our site into build/…');
      await buildSite(cwd, cwd, oursOut);
    }
    const kinds = options.kinds;
    log(`bench:lighthouse: building the plain Docusaurus classic peer in ${work}…`);
    const plainOut = await makePlainSite(cwd, work);
    const sites = {ours: await startCdnServer(oursOut), plain: await startCdnServer(plainOut)};
    closers.push(sites.ours.close, sites.plain.close);
    // Compress every page and script up front, so no run's server response time includes brotli at quality 11.
    for (const [name, out] of [['ours', oursOut], ['plain', plainOut]] as const) {
      const assets = globSync('assets/**/*.{js,mjs,css}', {cwd: out});
      await Promise.all([...assets.map((a) => sites[name].warm(`/${a}`)), ...kinds.map((k) => sites[name].warm(k[name]))]);
      for (const k of kinds) await checkServed(sites[name].url, k[name]);
    }
    await mkdir(reports, {recursive: true});
    // The load when measuring starts: simulated throttling multiplies what the busy machine observed.
    const shown = path.relative(cwd, oursOut);
    log(`bench:lighthouse: measuring ${shown.startsWith('..') ? oursOut : shown} and the peer, ${options.runs} run(s) of ${kinds.length} page kind(s), load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const results: KindResult[] = kinds.map((k) => ({kind: k.kind, oursPath: k.ours, plainPath: k.plain, ours: [], plain: []}));
    const lastOurs = new Map<string, Lhr>();
    const errored = {scored: new Set<string>(), unscored: new Set<string>()};
    let browser = '';
    for (let run = 1; run <= options.runs; run++) {
      for (const [i, k] of kinds.entries()) {
        // Ours first on odd runs, plain first on even ones, so neither side always meets the drift within a pair.
        for (const name of run % 2 ? (['ours', 'plain'] as const) : (['plain', 'ours'] as const)) {
          const url = sites[name].url + k[name];
          const {scores, lhr} = await runLighthouse(url, chromePath);
          results[i]![name].push(scores);
          const failed = erroredAudits(lhr);
          for (const key of ['scored', 'unscored'] as const) for (const id of failed[key]) errored[key].add(id);
          browser = /Chrome\/[\d.]+/.exec(lhr.environment?.hostUserAgent ?? '')?.[0] ?? browser;
          log(`  run ${run}/${options.runs} ${k.kind.padEnd(20)} ${name.padEnd(5)} perf ${scores.performance}, TBT ${scores.tbtMs} ms, LCP ${scores.lcpMs} ms, CPU power ${scores.cpuPower}`);
          if (name === 'ours') lastOurs.set(k.kind, lhr);
          const file = `${kindArg(k.kind)}-${name}-run${run}.json`;
          await writeFile(path.join(reports, file), JSON.stringify(lhr));
        }
      }
    }
    const bundle = {oursBytes: await mainBundleBytes(oursOut), plainBytes: await mainBundleBytes(plainOut)};
    log();
    log(`bench:lighthouse — Lighthouse 12.2.3, mobile preset (simulated throttling), median of ${options.runs} run(s) per page, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    log(`${browser || 'Chromium'} at ${chromePath}; both sites served on loopback with brotli and immutable caching for hashed assets.`);
    log('The plain site (classic preset + Faster, three of our docs) has only a home page and docs:');
    log(`its home is the peer of our home, its doc page (${routes.doc('start-here')}) the peer of every other kind.`);
    if (errored.unscored.size) log(`Audits Lighthouse 12.2.3 could not compute with this Chromium (diagnostics no score weighs): ${[...errored.unscored].join(', ')}.`);
    if (errored.scored.size) log(`WARNING: scored audits that errored, so some category scores are understated: ${[...errored.scored].join(', ')}.`);
    log();
    for (const line of formatTable(results)) log(line);
    log();
    log(formatBundle(bundle));
    log();
    for (const line of formatJudgements(judge(results, bundle))) log(line);
    log();
    log('top opportunities and diagnostics on our pages (last run):');
    for (const [kind, lhr] of lastOurs) {
      log(`  ${kind}:`);
      for (const line of formatFindings(topFindings(lhr))) log(line);
    }
    log(`Lighthouse JSON reports: ${path.relative(cwd, reports) || '.'}`);
    return 0;
  } catch (error) {
    stderr.write(`bench:lighthouse: ${(error as Error).message}\n`);
    return 2;
  } finally {
    for (const close of closers) await close();
  }
}

if (require.main === module) {
  void main({argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr}).then((code) => process.exit(code));
}
