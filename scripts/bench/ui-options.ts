import {parseArgs} from 'node:util';

/** The flows `npm run bench:ui` measures, in the order the issue lists them. */
export const flowIds = ['search-cold', 'search-warm', 'error-id', 'matrix-runtime', 'kb-filter', 'lab-checkpoint', 'analytics-plugin'] as const;
export type FlowId = (typeof flowIds)[number];

export interface UiBenchOptions {
  /** Whole passes over every flow; each pass gets its own table, then the median of the passes. */
  runs: number;
  /** Measured samples per warm flow, after the warm-up ones. */
  samples: number;
  /** Measured samples of the cold search, each in a fresh browser context. */
  coldSamples: number;
  /** Unmeasured samples per warm flow first: chunks, shards and JIT get loaded. */
  warmup: number;
  /** The built site to serve. */
  buildDir: string;
  flows: FlowId[];
}

export const usage =
  'usage: npm run bench:ui [-- --runs N] [--samples N] [--cold-samples N] [--warmup N] [--build-dir DIR] [--only flow,flow] [--help]\n' + `flows: ${flowIds.join(', ')}`;

/** Every option takes a value; the defaults are what `npm run bench:ui` alone measures. */
const optionSpec = {
  runs: {type: 'string', default: '2'},
  samples: {type: 'string', default: '30'},
  // 10 cold samples gave a P95 that swung 288–593 ms between runs: its nearest rank was the worst one.
  'cold-samples': {type: 'string', default: '20'},
  warmup: {type: 'string', default: '3'},
  'build-dir': {type: 'string', default: 'build'},
  only: {type: 'string'},
} as const;

const knownOptions = Object.keys(optionSpec).map((name) => `--${name}`);

/**
 * Reads the options leniently, then refuses what strict parsing would have thrown on: parseArgs'
 * own errors read "Unknown option '--x'. To specify a positional argument…", and the tokens let
 * each refusal say what was received and what was expected instead.
 */
function readOptions(argv: readonly string[]): Record<keyof typeof optionSpec, string | undefined> | string {
  const {values, tokens} = parseArgs({args: [...argv], options: optionSpec, strict: false, allowPositionals: true, tokens: true});
  for (const token of tokens) {
    if (token.kind === 'positional') return `Unexpected argument "${token.value}", expected options only: ${knownOptions.join(', ')}`;
    if (token.kind !== 'option') continue;
    if (!(token.name in optionSpec)) return `Unexpected option "${token.rawName}", expected one of ${knownOptions.join(', ')}`;
    if (token.value === undefined) return `Unexpected ${token.rawName} without a value, expected ${token.rawName} <value>`;
  }
  // Every token named a known option with a value, so every value is a string (or the default).
  return values as Record<keyof typeof optionSpec, string | undefined>;
}

function wholeNumber(name: string, value: string, min: number): number | string {
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : `Unexpected --${name} value "${value}", expected a whole number of at least ${min}`;
}

/**
 * Reads the command line for `parseOrUsage`: the options, or the first "Unexpected …, expected …"
 * message on anything it does not know.
 */
export function parseUiBenchArgs(argv: readonly string[]): UiBenchOptions | string {
  const values = readOptions(argv);
  if (typeof values === 'string') return values;
  const flows = values.only === undefined ? [...flowIds] : values.only.split(',').map((f) => f.trim());
  const unknown = flows.find((f) => !(flowIds as readonly string[]).includes(f));
  if (unknown !== undefined) return `Unexpected flow "${unknown}" in --only, expected some of ${flowIds.join(', ')}`;
  const runs = wholeNumber('runs', values.runs!, 1);
  const samples = wholeNumber('samples', values.samples!, 1);
  const coldSamples = wholeNumber('cold-samples', values['cold-samples']!, 1);
  const warmup = wholeNumber('warmup', values.warmup!, 0);
  for (const n of [runs, samples, coldSamples, warmup]) if (typeof n === 'string') return n;
  return {runs: runs as number, samples: samples as number, coldSamples: coldSamples as number, warmup: warmup as number, buildDir: values['build-dir']!, flows: flows as FlowId[]};
}
