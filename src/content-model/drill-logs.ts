import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {glob} from 'tinyglobby';
import {drillLogSchema, type DrillLog} from './ops/drill';

/** Where committed drill logs live, relative to the site root. Underscore folders are not routed. */
export const drillLogDir = 'runbooks/_drills';

export interface LoadedDrillLog {
  /** Path relative to the site root. */
  file: string;
  log?: DrillLog;
  /** Why the file is not a valid drill log. */
  problem?: string;
}

/** Reads every committed drill log; invalid files are returned with their problem, never thrown. */
export async function loadDrillLogs(root: string): Promise<LoadedDrillLog[]> {
  const files = (await glob(`${drillLogDir}/*.json`, {cwd: root})).sort();
  return Promise.all(
    files.map(async (file) => {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(path.join(root, file), 'utf8'));
      } catch (error) {
        return {file, problem: `Unexpected invalid JSON (${(error as Error).message}), expected a drill log downloaded from a runbook's drill mode`};
      }
      const parsed = drillLogSchema.safeParse(json);
      if (parsed.success) return {file, log: parsed.data};
      const issue = parsed.error.issues[0]!;
      return {file, problem: `Unexpected value for "${issue.path.join('.') || '(root)'}" (${issue.message}), expected a drill log as the drill mode downloads it`};
    }),
  );
}

/** Valid logs grouped by runbook id. */
export function logsByRunbook(loaded: readonly LoadedDrillLog[]): Map<string, DrillLog[]> {
  const map = new Map<string, DrillLog[]>();
  for (const l of loaded) {
    if (!l.log) continue;
    map.set(l.log.runbook, [...(map.get(l.log.runbook) ?? []), l.log]);
  }
  return map;
}
