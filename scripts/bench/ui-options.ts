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
  'usage: npm run bench:ui [-- --runs N] [--samples N] [--cold-samples N] [--warmup N] [--build-dir DIR] [--only flow,flow]\n' + `flows: ${flowIds.join(', ')}`;

function wholeNumber(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`Unexpected --${name} value "${value}", expected a whole number of at least ${min}`);
  return n;
}

/** Reads the command line; throws "Unexpected …, expected …" on anything it does not know. */
export function parseUiBenchArgs(argv: readonly string[]): UiBenchOptions {
  const {values} = parseArgs({
    args: [...argv],
    options: {
      runs: {type: 'string', default: '2'},
      samples: {type: 'string', default: '30'},
      // 10 cold samples gave a P95 that swung 288–593 ms between runs: its nearest rank was the worst one.
      'cold-samples': {type: 'string', default: '20'},
      warmup: {type: 'string', default: '3'},
      'build-dir': {type: 'string', default: 'build'},
      only: {type: 'string'},
    },
    strict: true,
    allowPositionals: false,
  });
  const flows = values.only === undefined ? [...flowIds] : values.only.split(',').map((f) => f.trim());
  const unknown = flows.find((f) => !(flowIds as readonly string[]).includes(f));
  if (unknown !== undefined) throw new Error(`Unexpected flow "${unknown}" in --only, expected some of ${flowIds.join(', ')}`);
  return {
    runs: wholeNumber('runs', values.runs, 1),
    samples: wholeNumber('samples', values.samples, 1),
    coldSamples: wholeNumber('cold-samples', values['cold-samples'], 1),
    warmup: wholeNumber('warmup', values.warmup, 0),
    buildDir: values['build-dir'],
    flows: flows as FlowId[],
  };
}
