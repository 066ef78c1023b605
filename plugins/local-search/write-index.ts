import {mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {IndexFiles} from './build-index';

/** Replaces the index folder with the given files. */
export async function writeIndex(dir: string, files: IndexFiles): Promise<{files: number; bytes: number}> {
  await rm(dir, {recursive: true, force: true});
  let bytes = 0;
  const folders = new Set([...files.keys()].map((f) => path.dirname(path.join(dir, f))));
  await Promise.all([...folders].map((f) => mkdir(f, {recursive: true})));
  await Promise.all(
    [...files].map(([name, text]) => {
      bytes += Buffer.byteLength(text);
      return writeFile(path.join(dir, name), text);
    }),
  );
  return {files: files.size, bytes};
}
