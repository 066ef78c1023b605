import {threadId} from 'node:worker_threads';

/** Doubles each number, and says which thread did it. */
export async function double(input: {values: number[]}): Promise<{values: number[]; threadId: number; seen: Map<string, number>}> {
  return {values: input.values.map((v) => v * 2), threadId, seen: new Map([['count', input.values.length]])};
}

export function fail(input: {file: string}): never {
  throw new Error(`${input.file}:3: unexpected owner "nobody", expected a team id`);
}
