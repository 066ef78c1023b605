import type {DrillLog, DrillStep} from './drill';
import type {IncidentField, IncidentFields} from './comms';
import type {GovernancePolicy} from './governance';

/**
 * The few functions the runbook widgets run in the browser: the drill clock, the comms fill and
 * the checklist count. Type imports only, so importing them brings no zod and no registry into
 * the browser bundle; the data they work on arrives as the page's view model.
 */

/** PRD item 5: an on-call drill validates a runbook with resolution in under 15 minutes. */
export const drillTargetSeconds = 15 * 60;

/** Judges a finished drill: elapsed time against the target and the steps skipped. */
export function computeDrillResult(input: {
  runbook: string;
  startedAt: Date;
  endedAt: Date;
  steps: readonly Omit<DrillStep, 'done'>[];
  done: ReadonlySet<string>;
  targetSeconds?: number;
}): DrillLog {
  const target = input.targetSeconds ?? drillTargetSeconds;
  const elapsed = Math.max(0, Math.round((input.endedAt.getTime() - input.startedAt.getTime()) / 1000));
  const steps = input.steps.map((s) => ({...s, done: input.done.has(s.id)}));
  const skipped = steps.filter((s) => !s.done).map((s) => s.id);
  return {
    runbook: input.runbook,
    started_at: input.startedAt.toISOString(),
    ended_at: input.endedAt.toISOString(),
    elapsed_seconds: elapsed,
    target_seconds: target,
    met_target: elapsed <= target && skipped.length === 0,
    steps,
    skipped,
  };
}

/** `mm:ss`, or `h:mm:ss` past the hour. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${String(mm).padStart(2, '0')}:${ss}`;
}

/** Fills a template's placeholders; a placeholder without a value is kept visible so it cannot go out blank. */
export function fillTemplate(text: string, fields: Partial<IncidentFields>): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, key: string) => {
    const value = fields[key as IncidentField];
    return value && value.trim() ? value.trim() : `<${key}>`;
  });
}

/** A clock time `minutes` after `from`, as HH:MM UTC. */
export function clockAfter(from: Date, minutes: number): string {
  return new Date(from.getTime() + minutes * 60_000).toISOString().slice(11, 16) + ' UTC';
}

/** Progress through the submission checklist; unknown saved ids (from an older checklist) are ignored. */
export function checklistProgress(items: readonly Pick<GovernancePolicy['submissionChecklist'][number], 'id'>[], checked: ReadonlySet<string>): {done: number; total: number; ready: boolean} {
  const done = items.filter((i) => checked.has(i.id)).length;
  return {done, total: items.length, ready: done === items.length};
}
