import {routes} from '../../../routes/table';
import {findComponent, getTeam} from '../../registry';
import type {RunbookFrontmatter} from '../../schemas/runbook';
import {findAlert} from '../alerts';
import {commsTemplates} from '../comms';
import {defaultDrillIntervalDays, drillStatus, type DrillLog} from '../drill';
import {getSeverity} from '../severity';

/** One drill, as the runbook page and the knowledge base show it. */
export interface DrillSummary {
  endedAt: string;
  elapsedSeconds: number;
  targetSeconds: number;
  metTarget: boolean;
  skipped: number;
  participants: string[];
}

/** A runbook's drill standing on the build day, with its log newest first. */
export interface DrillStanding {
  intervalDays: number;
  lastDrilled?: string;
  dueBy?: string;
  overdue: boolean;
  history: DrillSummary[];
}

/** A page's review standing on the build day. */
export interface ReviewStanding {
  lastReviewed: string;
  /** Day the next review is due. */
  reviewDueBy: string;
  /** Review overdue on the build day. */
  stale: boolean;
}

/** A trigger as the runbook facts show it: an alert with its condition, or an error with its page. */
export type TriggerView = {name: string; kind: 'alert'; condition: string} | {name: string; kind: 'error'; href: string; title: string};

/** One comms message of an incident: when it is due, to whom, and its template. */
export interface CommsMessageView {
  stage: string;
  name: string;
  /** When it is due, as a phrase: `within 5 minutes of declaring`. */
  when: string;
  audience: string[];
  channels: string[];
  text: string;
  /** Minutes after declaring at which the message promises the next update; none for the resolution. */
  nextUpdateAfterMinutes?: number;
}

/** Everything a runbook page shows besides its Markdown: the facts table, the comms and the drill mode. */
export interface RunbookPageView {
  /** Doc id, e.g. `runtime-scaling`; the drill log's `runbook`. */
  id: string;
  title: string;
  meta: {
    severity: {id: string; name: string; ackMinutes: number; href: string};
    owner: {name: string; channel: string; onCall: string};
    escalation: {role: string; contact: string; afterMinutes: number; onCall: string};
    /** Component names, in front matter order. */
    services: string[];
    triggers: TriggerView[];
    review: ReviewStanding;
  };
  drill: DrillStanding;
  /** Drill checklist steps, from the numbered items of the drilled sections. */
  steps: {id: string; section: string; text: string}[];
  comms: {
    /** Fields every message gets from the runbook; the reader types the rest. */
    fields: {title: string; severity: string; services: string; channel: string};
    messages: CommsMessageView[];
  };
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

/** Drill standing from a runbook's committed logs, judged on `today`. */
export function drillStanding(logs: readonly DrillLog[], intervalDays: number | undefined, today: string): DrillStanding {
  const interval = intervalDays ?? defaultDrillIntervalDays;
  const status = drillStatus(logs, interval, today);
  const history = [...logs].sort((a, b) => b.ended_at.localeCompare(a.ended_at)).map(summariseDrill);
  return {intervalDays: interval, lastDrilled: status.lastDrilled, dueBy: status.dueBy, overdue: status.overdue, history};
}

/** The comms messages with their due phrases, shared by every runbook. */
export function commsMessages(): CommsMessageView[] {
  const updateEvery = commsTemplates.find((x) => x.stage === 'update')!.everyMinutes!;
  return commsTemplates.map((t) => ({
    stage: t.stage,
    name: t.name,
    when: t.stage === 'update' ? `every ${t.everyMinutes} minutes until resolved` : t.stage === 'initial' ? `within ${t.dueWithinMinutes} minutes of declaring` : `within ${t.dueWithinMinutes} minutes of resolving`,
    audience: [...t.audience],
    channels: [...t.channels],
    text: t.text,
    nextUpdateAfterMinutes: t.stage === 'resolution' ? undefined : t.stage === 'initial' ? updateEvery + t.dueWithinMinutes! : t.everyMinutes!,
  }));
}

export interface RunbookPageInput {
  id: string;
  frontmatter: RunbookFrontmatter;
  steps: readonly {id: string; section: string; text: string}[];
  drill: DrillStanding;
  review: ReviewStanding;
  /** Title of a catalog error by ID or alias; injected so the model does not load the catalog. */
  errorTitle: (id: string) => string | undefined;
}

/** Resolves a runbook's front matter against the severity, team, component and alert lists. */
export function runbookPageView(input: RunbookPageInput): RunbookPageView {
  const fm = input.frontmatter;
  const severity = getSeverity(fm.severity);
  const owner = getTeam(fm.owner);
  const escalation = getTeam(fm.escalation);
  const services = fm.services.map((s) => findComponent(s)?.name ?? s);
  const triggers = fm.triggers.map((name): TriggerView => {
    const alert = findAlert(name);
    if (alert) return {name, kind: 'alert', condition: alert.condition};
    return {name, kind: 'error', href: routes.error(name), title: input.errorTitle(name) ?? 'from the ax CLI or API'};
  });
  return {
    id: input.id,
    title: fm.title,
    meta: {
      severity: {id: severity.id, name: severity.name, ackMinutes: severity.ackMinutes, href: `${routes.runbook('severity-and-roles')}#severity-levels`},
      owner: {name: owner.name, channel: owner.channel, onCall: owner.onCall},
      escalation: {...escalation.escalation, onCall: escalation.onCall},
      services,
      triggers,
      review: input.review,
    },
    drill: input.drill,
    steps: input.steps.map(({id, section, text}) => ({id, section, text})),
    comms: {
      fields: {title: fm.title, severity: `${severity.id} ${severity.name}`, services: services.join(', '), channel: owner.channel},
      messages: commsMessages(),
    },
  };
}
