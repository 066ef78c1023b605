import * as z from 'zod';
import {addDays} from '../dates';

// The drill clock runs in the browser too, so it lives in a module without zod.

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
