import * as z from 'zod';
import {addDays} from '../dates';

/** PRD item 5: an on-call drill validates a runbook with resolution in under 15 minutes. */
export const drillTargetSeconds = 15 * 60;

/** Days between drills when a runbook does not set `drill_interval`. */
export const defaultDrillIntervalDays = 90;

/** One checklist step of a drill, as the runbook page lists it. */
export const drillStepSchema = z
  .object({
    /** Stable id of the step within the runbook: section slug and position. */
    id: z.string().min(1),
    /** Section the step belongs to. */
    section: z.string().min(1),
    /** The step's text. */
    text: z.string().min(1),
    /** Whether the drill participants completed it. */
    done: z.boolean(),
  })
  .strict();

/**
 * A drill log: what the drill mode on a runbook page downloads, and what is committed to
 * `runbooks/_drills/` to record the drill. The newest log sets the runbook's last drilled date.
 */
export const drillLogSchema = z
  .object({
    /** Doc id of the runbook drilled, e.g. `runtime-scaling`. */
    runbook: z.string().regex(/^[a-z0-9-]+$/),
    /** When the drill started, ISO 8601 UTC. */
    started_at: z.iso.datetime(),
    /** When the drill ended, ISO 8601 UTC. */
    ended_at: z.iso.datetime(),
    /** Seconds from start to end. */
    elapsed_seconds: z.number().int().nonnegative(),
    /** The target the drill was judged against, in seconds. */
    target_seconds: z.number().int().positive(),
    /** Whether the drill finished within the target with no step skipped. */
    met_target: z.boolean(),
    /** Every step, done or not. */
    steps: z.array(drillStepSchema).min(1),
    /** Ids of steps not done. */
    skipped: z.array(z.string()),
    /** Who took part, by role; optional in a downloaded log, expected in a committed one. */
    participants: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type DrillStep = z.output<typeof drillStepSchema>;
export type DrillLog = z.output<typeof drillLogSchema>;

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

/** Where a runbook stands on drills, judged on a given day. */
export interface DrillStatus {
  /** Day of the newest drill, or undefined when never drilled. */
  lastDrilled?: string;
  /** Day the next drill is due. */
  dueBy?: string;
  overdue: boolean;
  /** The newest drill log. */
  latest?: DrillLog;
}

/** The drill standing of a runbook from its committed logs. */
export function drillStatus(logs: readonly DrillLog[], intervalDays: number, today: string): DrillStatus {
  const latest = [...logs].sort((a, b) => b.ended_at.localeCompare(a.ended_at))[0];
  if (!latest) return {overdue: true};
  const lastDrilled = latest.ended_at.slice(0, 10);
  const dueBy = addDays(lastDrilled, intervalDays);
  return {lastDrilled, dueBy, overdue: dueBy < today, latest};
}
