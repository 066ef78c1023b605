import path from 'node:path';
import {openAnalyticsDb, sqlString} from '../../src/analytics/duckdb';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';
import {generateSql, type GenerateOptions} from './generate-sql';
import {parseFlags} from './snapshot';

const usage = 'Usage: npm run analytics:generate -- [--seed N] [--scale X] [--out <file.parquet>]\nWrites the synthetic telemetry export (default analytics/events.parquet, seed 14, scale 1).';

/** The committed export's file, relative to the repository. */
export const committedExport = 'analytics/events.parquet';
export const defaultSeed = 14;

/**
 * Writes a synthetic export as Parquet, sorted by time, with key-value metadata
 * `synthetic=true` (how computeSnapshot knows the data is synthetic), the seed and the scale.
 */
export async function generateEvents(options: GenerateOptions & {out: string}): Promise<{events: number}> {
  const db = await openAnalyticsDb();
  try {
    for (const statement of generateSql(options)) await db.run(statement);
    const metadata = `{synthetic: 'true', generator: 'npm run analytics:generate', seed: '${options.seed}', scale: '${options.scale}'}`;
    await db.run(`COPY (SELECT make_timestamptz(epoch_us(ts)) AS ts, * EXCLUDE (ts) FROM synthetic ORDER BY synthetic.ts, event, "user") TO ${sqlString(options.out)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000, KV_METADATA ${metadata})`);
    const [row] = await db.rows<{n: number}>('SELECT CAST(count(*) AS INTEGER) AS n FROM synthetic');
    return {events: row!.n};
  } finally {
    db.close();
  }
}

/** `npm run analytics:generate`: deterministic for a seed and scale. Exit 0 written, 2 bad arguments. */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  if (argv.includes('--help')) {
    writeLine(stdout, usage);
    return exitCode.clean;
  }
  const {flags, error} = parseFlags(argv, ['seed', 'scale', 'out']);
  const seed = Number(flags.seed ?? defaultSeed);
  const scale = Number(flags.scale ?? 1);
  if (error || !Number.isInteger(seed) || !(scale > 0)) {
    writeLine(stderr, `analytics:generate: ${error ?? `Unexpected --seed ${flags.seed} or --scale ${flags.scale}, expected a whole seed and a positive scale`}\n${usage}`);
    return exitCode.toolFailure;
  }
  const out = path.resolve(cwd, flags.out ?? committedExport);
  const {events} = await generateEvents({seed, scale, out});
  writeLine(stdout, `analytics:generate: ${events} synthetic events (seed ${seed}, scale ${scale}) → ${path.relative(cwd, out) || out}`);
  return exitCode.clean;
}

if (require.main === module) runBin(main);
