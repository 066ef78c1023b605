import {copyFile, cp, mkdir, readdir, rm, symlink, writeFile} from 'node:fs/promises';
import {globSync} from 'tinyglobby';
import path from 'node:path';
import {generatedFolder} from '../../src/routes/table';
import {writeCorpus} from './corpus';
import {formatPhaseTable, parseBuildPhases} from './build-phases';
import {formatMeasured, measureWithThreads, type Measured} from './measure';
import {formatThreadCpuTable, formatWorkerCpu, type ThreadCpu} from './thread-cpu';
import {workerCpuReportEnv} from '../../plugins/shared/worker-call';
import {median} from './ui-stats';
import {firstQueryCosts} from './search-size';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';

/** The ratio the issue sets: our config may cost at most 10% over plain Docusaurus with Faster. */
export const TARGET_RATIO = 1.1;

function flag(argv: readonly string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

/**
 * `npm run bench:build [-- --docs 2000 --runs 3]`: generates a corpus, then builds it cold with our
 * config and with plain classic + Faster, in pairs, and prints times, peak memory and the ratio.
 */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  const log = (line: string) => writeLine(stdout, line);
  const count = Number(flag(argv, '--docs', '2000'));
  // Three pairs by default: on a shared machine one pair's ratio swings by about ±8%.
  const runs = Number(flag(argv, '--runs', '3'));
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
    writeLine(stderr, `bench:build: Unexpected --docs ${flag(argv, '--docs', '2000')} --runs ${flag(argv, '--runs', '3')}, expected whole numbers of at least 1`);
    return exitCode.toolFailure;
  }
  const work = path.join(cwd, '.bench');
  const oursSite = path.join(work, 'ours-site');
  const plainSite = path.join(work, 'plain-site');
  log(`bench:build: generating ${count} docs for each site in ${path.relative(cwd, work)}…`);
  // Ours: a copy of the repository as it is (node_modules linked), with the generated docs added beside the real ones.
  await rm(oursSite, {recursive: true, force: true});
  await mkdir(oursSite, {recursive: true});
  for (const entry of await readdir(cwd)) {
    // `.generated` holds what earlier builds generated (the typedoc reference): a cold build makes it anew.
    if (['.bench', '.docusaurus', generatedFolder, 'build', '.git', 'node_modules'].includes(entry)) continue;
    await cp(path.join(cwd, entry), path.join(oursSite, entry), {recursive: true});
  }
  await symlink(path.join(cwd, 'node_modules'), path.join(oursSite, 'node_modules'));
  await writeCorpus(path.join(oursSite, 'docs'), count, {navigation: false, clean: false});
  // The peer is a site folder of its own (in ours, src/theme would swizzle its theme too), with
  // the same generated docs and the handful of pages its navbar links to.
  await rm(plainSite, {recursive: true, force: true});
  await mkdir(path.join(plainSite, 'src/pages'), {recursive: true});
  await copyFile(path.join(cwd, 'scripts/bench/plain.config.ts'), path.join(plainSite, 'docusaurus.config.ts'));
  await writeFile(path.join(plainSite, 'src/pages/index.md'), '# Plain Docusaurus\n\nThe peer build for the benchmark.\n');
  await writeCorpus(path.join(plainSite, 'docs'), count, {navigation: true, clean: true});
  // The perf logger's phase timings say where a ratio comes from; both sides log them alike. Our
  // workers report their threads' CPU, which /proc cannot tell from Docusaurus's renderers.
  const env = {NODE_ENV: 'production', DOCUSAURUS_PERF_LOGGER: 'true', [workerCpuReportEnv]: '1'};
  const configs = {
    ours: ['docusaurus', 'build', oursSite, '--out-dir', path.join(work, 'out-ours')],
    plain: ['docusaurus', 'build', plainSite, '--out-dir', path.join(work, 'out-plain')],
  } as const;
  const results: Record<keyof typeof configs, (Measured & {threads?: ThreadCpu})[]> = {ours: [], plain: []};
  for (let run = 1; run <= runs; run++) {
    // Alternating which side goes first (plain, ours, then ours, plain) cancels the drift of a
    // shared machine's speed within a pair instead of always charging it to the same side.
    const order = run % 2 ? (['plain', 'ours'] as const) : (['ours', 'plain'] as const);
    for (const name of order) {
      // Cold builds: no Docusaurus or bundler cache from the previous build may help either side.
      for (const site of [oursSite, plainSite]) await rm(path.join(site, '.docusaurus'), {recursive: true, force: true});
      await rm(path.join(cwd, 'node_modules/.cache/rspack'), {recursive: true, force: true});
      await rm(path.join(cwd, 'node_modules/.cache/webpack'), {recursive: true, force: true});
      // Our typedoc step skips itself when its inputs are unchanged; a cold build must pay for it.
      await rm(path.join(oursSite, generatedFolder), {recursive: true, force: true});
      log(`bench:build: run ${run}/${runs}, ${name}…`);
      const m = await measureWithThreads('npx', [...configs[name]], {cwd, env});
      if (m.status !== 0) {
        log(`bench:build: the ${name} build failed (exit ${m.status}):\n${m.output.slice(-4000)}`);
        return 2;
      }
      log(`  ${name}: ${formatMeasured(m)}`);
      results[name].push(m);
    }
  }
  const best = (ms: Measured[]) => ms.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const ours = best(results.ours);
  const plain = best(results.plain);
  const bestRatio = ours.seconds / plain.seconds;
  // Each run builds both back to back, so a pair shares the machine's load of the moment.
  const pairRatio = median(results.ours.map((o, i) => o.seconds / results.plain[i]!.seconds));
  // Judged on the less favourable of the two, so a lucky run on either side cannot decide it.
  const ratio = Math.max(bestRatio, pairRatio);
  log('');
  log(`bench:build — ${count} generated docs, cold builds, best of ${runs}`);
  log(`  plain Docusaurus classic + Faster: ${formatMeasured(plain)}`);
  log(`  ax docs (our config and plugins):  ${formatMeasured(ours)}`);
  log(`  ratio ours / plain: ${bestRatio.toFixed(2)} best against best, ${pairRatio.toFixed(2)} median of the ${runs} back-to-back pairs`);
  log(`  judged on the larger, ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO.toFixed(2)}): ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}`);
  if (Number.isFinite(ours.peakMb) && Number.isFinite(plain.peakMb)) log(`  peak memory ratio: ${(ours.peakMb / plain.peakMb).toFixed(2)}`);
  log(`  CPU time ratio (user + system, median of pairs): ${median(results.ours.map((o, i) => o.cpu / results.plain[i]!.cpu)).toFixed(2)}`);
  for (const line of formatPhaseTable(results.ours.map((m) => parseBuildPhases(m.output)), results.plain.map((m) => parseBuildPhases(m.output)))) log(line);
  // Which threads do the extra work: the CPU a ratio comes from, where the phases give only wall time.
  const threads = (ms: typeof results.ours) => ms.flatMap((m) => (m.threads ? [m.threads] : []));
  for (const line of formatThreadCpuTable(threads(results.ours), threads(results.plain))) log(line);
  for (const line of formatWorkerCpu(results.ours.map((m) => m.output), threads(results.ours), threads(results.plain))) log(line);
  // Our build also renders the site's own pages (errors, CLI reference, runbooks, migration), so it has more to do.
  const pages = (dir: string) => globSync('**/*.html', {cwd: path.join(work, dir), ignore: ['__server/**']}).length;
  const [oursPages, plainPages] = [pages('out-ours'), pages('out-plain')];
  const perPage = (m: Measured, n: number) => (m.seconds * 1000) / n;
  log(`  HTML pages written: ours ${oursPages}, plain ${plainPages}`);
  log(
    `  wall time per page written: ours ${perPage(ours, oursPages).toFixed(1)} ms, plain ${perPage(plain, plainPages).toFixed(1)} ms ` +
      `(ratio ${(perPage(ours, oursPages) / perPage(plain, plainPages)).toFixed(2)}; context only, not the target)`,
  );
  const costs = await firstQueryCosts(path.join(work, 'out-ours', 'search-index'));
  log(`  local search, first query from a cold cache (Pagefind's figure: < 300 kB at 10,000 pages):`);
  for (const c of costs) log(`    "${c.query}": ${c.files} files, ${(c.bytes / 1024).toFixed(1)} kB`);
  return ratio <= TARGET_RATIO ? exitCode.clean : exitCode.findings;
}

// Build worker threads can keep the process alive after the last pair.
if (require.main === module) runBin(main, {exitWhenDone: true});
