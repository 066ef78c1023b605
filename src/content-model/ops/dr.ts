import * as z from 'zod';
import {clusters, componentIds} from '../registry/components';
import {addDays} from '../dates';
import {isoDate} from '../schemas/base';

/** PRD item 6: a failover drill must prove RPO ≤ 15 min and RTO ≤ 30 min. */
export const platformTargets = {rpoMinutes: 15, rtoMinutes: 30} as const;

/** Recovery approaches, after the AWS Resilience Hub model, cheapest first. */
export const recoveryApproaches = {
  'backup-restore': 'Backup and restore: restore the newest verified snapshot and replay the write-ahead log into a fresh instance.',
  'pilot-light': 'Pilot light: a minimal replica runs in the standby region and is scaled up on failover.',
  'warm-standby': 'Warm standby: a scaled-down, continuously replicated copy takes traffic on failover.',
} as const;

/** One rehearsal of a store's recovery, with what it achieved. */
export const drDrillSchema = z
  .object({
    /** Day of the drill. */
    date: isoDate,
    /** Failover to the standby, or restore from backup. */
    kind: z.enum(['failover', 'restore']),
    /** Minutes of writes lost: time between the last recovered write and the failure. */
    achievedRpoMinutes: z.number().nonnegative(),
    /** Minutes from declaring the failure to serving traffic again. */
    achievedRtoMinutes: z.number().nonnegative(),
    /** What the drill taught, in one sentence. */
    notes: z.string().min(1),
  })
  .strict();

/** A data store and how it is backed up and recovered. */
export const dataStoreSchema = z
  .object({
    /** Stable id, used by `ax backup --store`. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Display name. */
    name: z.string().min(1),
    /** Owning component in the registry. */
    component: z.enum(componentIds),
    /** The `--cluster` value of `ax db` and `ax backup` for this store; absent for stores those commands do not manage. */
    cluster: z.enum(clusters).optional(),
    /** Engine and what the store holds. */
    holds: z.string().min(1),
    /** When backups run, in words and as cron (UTC). */
    backup: z.object({/** In words. */ schedule: z.string().min(1), /** Cron expression, UTC. */ cron: z.string().regex(/^(\S+\s){4}\S+$/)}).strict(),
    /** How each backup is verified. */
    checksum: z.string().min(1),
    /** How long backups are kept. */
    retention: z.string().min(1),
    /** Recovery point objective in minutes; at most the platform target. */
    rpoTargetMinutes: z.number().positive().max(platformTargets.rpoMinutes),
    /** Recovery time objective in minutes; at most the platform target. */
    rtoTargetMinutes: z.number().positive().max(platformTargets.rtoMinutes),
    /** How the store is recovered. */
    approach: z.enum(Object.keys(recoveryApproaches) as [keyof typeof recoveryApproaches, ...(keyof typeof recoveryApproaches)[]]),
    /** Doc id of the runbook that recovers it. */
    runbook: z.string().regex(/^[a-z0-9-]+$/),
    /** Days between drills. */
    drillIntervalDays: z.number().int().positive().max(180),
    /** Drills, any order. */
    drills: z.array(drDrillSchema),
  })
  .strict();

export type DrDrill = z.output<typeof drDrillSchema>;
export type DataStore = z.output<typeof dataStoreSchema>;
export type DataStoreInput = z.input<typeof dataStoreSchema>;

/** How a store stands against its targets on a given day. */
export interface StoreAssessment {
  latest?: DrDrill;
  rpoMet: boolean;
  rtoMet: boolean;
  /** Day the next drill is due. */
  dueBy?: string;
  overdue: boolean;
  /** `met` only when the newest drill met both targets and is not overdue. */
  status: 'met' | 'missed' | 'overdue' | 'never-drilled';
}

/** Whether one drill met a store's targets. */
export function drillMeetsTargets(store: Pick<DataStore, 'rpoTargetMinutes' | 'rtoTargetMinutes'>, drill: DrDrill): {rpoMet: boolean; rtoMet: boolean} {
  return {rpoMet: drill.achievedRpoMinutes <= store.rpoTargetMinutes, rtoMet: drill.achievedRtoMinutes <= store.rtoTargetMinutes};
}

/** Judges a store on `today`: its newest drill's RPO and RTO against target, and whether a drill is overdue. */
export function assessStore(store: DataStore, today: string): StoreAssessment {
  const latest = [...store.drills].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!latest) return {rpoMet: false, rtoMet: false, overdue: true, status: 'never-drilled'};
  const {rpoMet, rtoMet} = drillMeetsTargets(store, latest);
  const dueBy = addDays(latest.date, store.drillIntervalDays);
  const overdue = dueBy < today;
  const status = !rpoMet || !rtoMet ? 'missed' : overdue ? 'overdue' : 'met';
  return {latest, rpoMet, rtoMet, dueBy, overdue, status};
}
