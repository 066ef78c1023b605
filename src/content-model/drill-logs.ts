import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {glob} from 'tinyglobby';
import {locate, pathPositions, zodProblems} from '../checks/zod-finding';
import {drillLogSchema, type DrillLog} from './ops/drill';

/** Where committed drill logs live, relative to the site root. Underscore folders are not routed. */
export const drillLogDir = 'runbooks/_drills';

/** Why a file is not a valid drill log, at the line to fix. */
export interface DrillLogProblem {
  line: number;
  column: number;
  message: string;
}

export interface LoadedDrillLog {
  /** Path relative to the site root. */
  file: string;
  log?: DrillLog;
  /** Why the file is not a valid drill log; empty or absent when it is one. */
  problems?: DrillLogProblem[];
}

/** Reads every committed drill log; invalid files are returned with their problem, never thrown. */
export async function loadDrillLogs(root: string): Promise<LoadedDrillLog[]> {
  const files = (await glob(`${drillLogDir}/*.json`, {cwd: root})).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(root, file), 'utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        const message = `Unexpected invalid JSON (${(error as Error).message}), expected a drill log downloaded from a runbook's drill mode`;
        return {file, problems: [{line: 1, column: 1, message}]};
      }
      const parsed = drillLogSchema.safeParse(json);
      if (parsed.success) return {file, log: parsed.data};
      const lineOf = pathPositions(text);
      const problems = zodProblems(parsed.error, {input: json, root: 'in a drill log', knownFields: (p) => (p.length ? undefined : Object.keys(drillLogSchema.shape))}).map(({path, message}) => {
        const at = locate(path, lineOf);
        return {line: at.line, column: at.column ?? 1, message};
      });
      return {file, problems};
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
