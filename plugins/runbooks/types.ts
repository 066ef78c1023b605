import type {DrillLog} from '../../src/content-model/ops/drill';

/** One drill, as the runbook page and the knowledge base show it. */
export interface DrillSummary {
  endedAt: string;
  elapsedSeconds: number;
  targetSeconds: number;
  metTarget: boolean;
  skipped: number;
  participants: string[];
}

/** One page of the runbooks knowledge base. */
export interface KnowledgeBaseEntry {
  /** Doc id in the runbooks docs instance. */
  id: string;
  permalink: string;
  title: string;
  description: string;
  kind: string;
  owner: string;
  lastReviewed: string;
  /** Day the next review is due. */
  reviewDueBy: string;
  /** Review overdue on the build day. */
  stale: boolean;
  services: string[];
  triggers: string[];
  severity?: string;
  escalation?: string;
  /** Drill checklist steps; runbooks only. */
  steps: {id: string; section: string; text: string}[];
  /** Runbooks only: drill standing on the build day. */
  drill?: {intervalDays: number; lastDrilled?: string; dueBy?: string; overdue: boolean; history: DrillSummary[]};
}

/** What the runbooks plugin publishes as global data. */
export interface KnowledgeBaseData {
  /** Build day, YYYY-MM-DD. */
  today: string;
  entries: KnowledgeBaseEntry[];
  /** Trigger (alert name or error ID) → runbooks naming it. */
  byTrigger: Record<string, {id: string; title: string; permalink: string}[]>;
}

export function summariseDrill(log: DrillLog): DrillSummary {
  return {
    endedAt: log.ended_at,
    elapsedSeconds: log.elapsed_seconds,
    targetSeconds: log.target_seconds,
    metTarget: log.met_target,
    skipped: log.skipped.length,
    participants: log.participants ?? [],
  };
}
