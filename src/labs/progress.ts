import type {Facts} from './types';

/**
 * Lab progress as this browser keeps it: plain data and pure functions, so the store, the
 * progress page and the tests share one reading of it. The JSON file a learner exports is
 * exactly {@link LabProgress}; importing checks its shape field by field, without zod.
 */

/** localStorage key of every lab's progress. */
export const progressStorageKey = 'ax-docs:labs:progress';
export const progressFormat = 'ax-docs-lab-progress';

export interface CheckpointProgress {
  /** When the checkpoint passed, ISO 8601 UTC. */
  passedAt: string;
  /** What a later step compares against: the command's flag values, or the receipt's fields. */
  facts: Facts;
}

export interface LabRecord {
  startedAt: string;
  completedAt?: string;
  /** Passed checkpoints by step id. */
  checkpoints: Record<string, CheckpointProgress>;
}

export interface LabProgress {
  format: typeof progressFormat;
  version: 1;
  labs: Record<string, LabRecord>;
}

export const emptyProgress = (): LabProgress => ({format: progressFormat, version: 1, labs: {}});

export type LabState = {state: 'not-started'} | {state: 'in-progress'; passed: number; total: number} | {state: 'completed'; completedAt: string};

/** Where one lab stands, given its step ids. */
export function labState(progress: LabProgress, lab: string, stepIds: readonly string[]): LabState {
  const record = progress.labs[lab];
  if (!record) return {state: 'not-started'};
  if (record.completedAt) return {state: 'completed', completedAt: record.completedAt};
  return {state: 'in-progress', passed: stepIds.filter((id) => record.checkpoints[id]).length, total: stepIds.length};
}

/** What passing a checkpoint changes: the new progress, and whether the lab just started or just completed. */
export function passCheckpoint(progress: LabProgress, lab: string, stepIds: readonly string[], step: string, facts: Facts, now: string): {progress: LabProgress; started: boolean; completed: boolean} {
  const before = progress.labs[lab];
  const record: LabRecord = {startedAt: before?.startedAt ?? now, ...(before?.completedAt ? {completedAt: before.completedAt} : {}), checkpoints: {...before?.checkpoints, [step]: {passedAt: now, facts}}};
  const completed = !record.completedAt && stepIds.every((id) => record.checkpoints[id]);
  if (completed) record.completedAt = now;
  return {progress: {...progress, labs: {...progress.labs, [lab]: record}}, started: !before, completed};
}

/** Forgets one lab, e.g. to take it again. */
export function resetLab(progress: LabProgress, lab: string): LabProgress {
  const {[lab]: _dropped, ...labs} = progress.labs;
  return {...progress, labs};
}

/** Keeps, per lab, whatever is further along; checkpoints are merged. Used when restoring after hydration and when importing. */
export function mergeProgress(a: LabProgress, b: LabProgress): LabProgress {
  const labs: Record<string, LabRecord> = {...a.labs};
  for (const [id, rb] of Object.entries(b.labs)) {
    const ra = labs[id];
    if (!ra) {
      labs[id] = rb;
      continue;
    }
    const completedAt = [ra.completedAt, rb.completedAt].filter((x): x is string => !!x).sort()[0];
    labs[id] = {startedAt: [ra.startedAt, rb.startedAt].sort()[0]!, ...(completedAt ? {completedAt} : {}), checkpoints: {...rb.checkpoints, ...ra.checkpoints}};
  }
  return {...a, labs};
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v);

/** Reads an exported progress file; messages say what is wrong where, "Unexpected X, expected Y". */
export function parseProgress(text: string): {ok: true; progress: LabProgress} | {ok: false; message: string} {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {ok: false, message: `Unexpected text that is not JSON (${(e as Error).message}), expected a lab progress file exported from this site`};
  }
  if (!isRecord(data) || data.format !== progressFormat) return {ok: false, message: `Unexpected "format" ${JSON.stringify(isRecord(data) ? data.format : data)}, expected "${progressFormat}"`};
  if (data.version !== 1) return {ok: false, message: `Unexpected "version" ${JSON.stringify(data.version)}, expected 1`};
  if (!isRecord(data.labs)) return {ok: false, message: 'Unexpected "labs", expected an object of labs by id'};
  for (const [id, lab] of Object.entries(data.labs)) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return {ok: false, message: `Unexpected lab id ${JSON.stringify(id)} in "labs", expected a lower-case id`};
    if (!isRecord(lab) || !isTime(lab.startedAt)) return {ok: false, message: `Unexpected "labs.${id}.startedAt", expected an ISO 8601 UTC timestamp`};
    if (lab.completedAt !== undefined && !isTime(lab.completedAt)) return {ok: false, message: `Unexpected "labs.${id}.completedAt" ${JSON.stringify(lab.completedAt)}, expected an ISO 8601 UTC timestamp`};
    if (!isRecord(lab.checkpoints)) return {ok: false, message: `Unexpected "labs.${id}.checkpoints", expected an object of checkpoints by step id`};
    for (const [step, c] of Object.entries(lab.checkpoints)) {
      if (!isRecord(c) || !isTime(c.passedAt) || !isRecord(c.facts)) return {ok: false, message: `Unexpected "labs.${id}.checkpoints.${step}", expected {passedAt, facts}`};
    }
  }
  return {ok: true, progress: data as unknown as LabProgress};
}
