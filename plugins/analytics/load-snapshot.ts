import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {snapshotSchema, type Snapshot} from '../../src/analytics/schema/snapshot';
import {computeSnapshot} from '../../src/analytics/snapshot';
import {zodProblems} from '../../src/checks/zod-finding';

/**
 * The snapshot the build renders: read from `snapshotFile` when one is given, otherwise computed
 * from the events export. A snapshot that fails throws with the engine's own message (file,
 * row, field, received, expected), so the build fails saying why.
 */
export async function loadSnapshot(siteDir: string, options: {eventsFile: string; snapshotFile?: string}): Promise<Snapshot> {
  if (options.snapshotFile) return readSnapshotFile(path.resolve(siteDir, options.snapshotFile));
  try {
    return await computeSnapshot({events: path.resolve(siteDir, options.eventsFile)});
  } catch (error) {
    // The engine's message already names the file, row, field, received and expected.
    throw new Error(`analytics plugin: ${(error as Error).message}`, {cause: error});
  }
}

export async function readSnapshotFile(file: string): Promise<Snapshot> {
  const name = path.relative(process.cwd(), file) || file;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`analytics plugin: ${name}: Unexpected content, expected a snapshot JSON file (${(error as Error).message})`);
  }
  const parsed = snapshotSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = zodProblems(parsed.error, {input: json, root: 'in the snapshot'});
  throw new Error(`analytics plugin: ${name}: ${problems.map((p) => p.message).join('; ')}`);
}
