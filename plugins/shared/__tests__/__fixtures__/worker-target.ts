import {threadId} from 'node:worker_threads';

/** Doubles each number, and says which thread did it. */
export async function double(input: {values: number[]}): Promise<{values: number[]; threadId: number; seen: Map<string, number>}> {
  return {values: input.values.map((v) => v * 2), threadId, seen: new Map([['count', input.values.length]])};
}

export function fail(input: {file: string}): never {
  throw new Error(`${input.file}:3: unexpected owner "nobody", expected a team id`);
}

/** Sums the first input's numbers at once, then adds the later input's when it comes. */
export async function sumThenAdd(input: {values: number[]}, later: Promise<{add: number}>): Promise<{early: number; total: number}> {
  const early = input.values.reduce((a, b) => a + b, 0);
  return {early, total: early + (await later).add};
}
