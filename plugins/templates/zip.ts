import {zipSync} from 'fflate';
import type {ScaffoldFile} from '../../src/template-model/scaffold';

/**
 * Every entry's time: 1980-01-01 00:00, the first instant a zip can record, made in local time
 * because zip stores local time; so every build, in any time zone, writes the same bytes.
 */
const fixedTime = () => new Date(1980, 0, 1, 0, 0, 0);

/** A sample workspace as a zip: the files below one folder named after the plugin, sorted, with fixed times. */
export function zipWorkspace(folder: string, files: readonly ScaffoldFile[]): Uint8Array {
  const entries = Object.fromEntries(
    [...files].sort((a, b) => a.path.localeCompare(b.path)).map((f) => [`${folder}/${f.path}`, [new TextEncoder().encode(f.text), {mtime: fixedTime()}] as const]),
  );
  return zipSync(entries as Parameters<typeof zipSync>[0], {level: 9, mtime: fixedTime()});
}
