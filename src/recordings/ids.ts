import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';

/** The data folder: `recordings/<id>.ts` (the record) beside `recordings/<id>.vtt` (its captions). */
export const recordingsFolder = 'recordings';

/**
 * Ids of the recordings of the tree at `root`, by file name, without loading them: what the
 * route index needs on every check run, without zod or the caption parser.
 */
export function recordingIds(root: string): string[] {
  const dir = path.join(root, recordingsFolder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[a-z][a-z0-9-]*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}
