import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {computeSnapshot, EventsInputError} from '../../src/analytics/snapshot';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';

const usage = 'Usage: npm run analytics:snapshot -- --events <file> [--out <file>]\nComputes the metrics snapshot of an NDJSON, NDJSON.gz or Parquet export; prints it, or writes it to --out.';

/** Reads `--name value` pairs; flags without a value are true. Unknown names are the caller's to reject. */
export function parseFlags(argv: readonly string[], known: readonly string[]): {flags: Record<string, string>; error?: string} {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--') || !known.includes(name)) return {flags, error: `Unexpected argument "${arg}", expected ${known.map((k) => `--${k}`).join(', ')}`};
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) return {flags, error: `Unexpected end of arguments after ${arg}, expected a value`};
    flags[name] = value;
    i++;
  }
  return {flags};
}

/**
 * Prints a failure to compute a snapshot: bad input names its file relative to the CLI's
 * folder. Returns the exit code (2: the tool could not do its job).
 */
export function reportSnapshotFailure(error: unknown, cwd: string, stderr: CliIo['stderr']): number {
  if (!(error instanceof EventsInputError)) throw error;
  const relative = path.relative(cwd, error.file);
  writeLine(stderr, error.withFile(relative && !relative.startsWith('..') ? relative : error.file));
  return exitCode.toolFailure;
}

/** `npm run analytics:snapshot -- --events <file> [--out <file>]`. Exit 0 written, 2 bad arguments or bad input (nothing written). */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  if (argv.includes('--help')) {
    writeLine(stdout, usage);
    return exitCode.clean;
  }
  const {flags, error} = parseFlags(argv, ['events', 'out']);
  if (error || !flags.events) {
    writeLine(stderr, `analytics:snapshot: ${error ?? 'Unexpected missing --events, expected --events <file>'}\n${usage}`);
    return exitCode.toolFailure;
  }
  let json: string;
  try {
    json = `${JSON.stringify(await computeSnapshot({events: path.resolve(cwd, flags.events)}), null, 2)}\n`;
  } catch (failure) {
    return reportSnapshotFailure(failure, cwd, stderr);
  }
  if (flags.out) writeFileSync(path.resolve(cwd, flags.out), json);
  else stdout.write(json);
  return exitCode.clean;
}

if (require.main === module) runBin(main);
