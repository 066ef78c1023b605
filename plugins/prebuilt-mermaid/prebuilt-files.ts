import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

/** Mermaid's published ES module build: one entry file that imports its chunks by relative URL. */
export interface PrebuiltMermaid {
  version: string;
  /** Absolute path of `dist/mermaid.esm.min.mjs`. */
  entry: string;
  /** Absolute path of the folder of chunks the entry imports. */
  chunks: string;
  /** Where the entry's chunk imports point, relative to the entry: the copy keeps this layout. */
  chunksRelative: string;
}

const ENTRY = 'dist/mermaid.esm.min.mjs';
const CHUNKS = 'dist/chunks/mermaid.esm.min';

/**
 * Finds the installed Mermaid's prebuilt files. A Mermaid release that moves them must fail the
 * build here, by name, rather than publish a page whose diagram never loads.
 */
export function findPrebuiltMermaid(resolveFrom: string = __dirname): PrebuiltMermaid {
  let manifest: string;
  try {
    manifest = require.resolve('mermaid/package.json', {paths: [resolveFrom]});
  } catch {
    throw new Error(`prebuilt-mermaid: cannot find the mermaid package from ${resolveFrom}; expected it installed (npm ci).`);
  }
  const root = path.dirname(manifest);
  const {version} = JSON.parse(readFileSync(manifest, 'utf8')) as {version: string};
  const [entry, chunks] = [path.join(root, ENTRY), path.join(root, CHUNKS)];
  for (const expected of [entry, chunks]) {
    if (!existsSync(expected)) {
      throw new Error(`prebuilt-mermaid: mermaid ${version} has no ${path.relative(root, expected)}; expected the ES module build Mermaid 11 publishes at ${ENTRY}.`);
    }
  }
  return {version, entry, chunks, chunksRelative: path.relative(path.dirname(entry), chunks)};
}
