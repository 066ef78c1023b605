import {findTeam} from './teams';

/**
 * The recurring office hours (PRD item 11): when each squad takes live questions. The docs page
 * and the `office-hours.ics` feed both read this list; neither types a time or a team by hand.
 */

export const weekdays = {MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday'} as const;
export type Weekday = keyof typeof weekdays;

/** Time zones office hours may use: each has its VTIMEZONE rules in the ICS feed. */
export const officeHoursTimeZones = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'UTC'] as const;
export type OfficeHoursTimeZone = (typeof officeHoursTimeZones)[number];

export interface OfficeHoursSlot {
  /** Stable id; the ICS event's UID derives from it, so subscribers' calendars update in place. */
  id: string;
  title: string;
  /** What to bring, one sentence. */
  topics: string;
  weekday: Weekday;
  /** Local start time, `HH:MM`, 24-hour clock, in `timeZone`. */
  start: string;
  durationMinutes: number;
  timeZone: OfficeHoursTimeZone;
  /** Every `everyWeeks` weeks: 1 is weekly, 2 fortnightly. */
  everyWeeks: 1 | 2;
  /** First session, `YYYY-MM-DD`, on `weekday`: the anchor of the fortnightly rhythm. */
  firstDate: string;
  /** Team id from the team registry. */
  hostTeam: string;
  /** Chat channel where the call link is posted and questions can be left ahead. */
  channel: string;
}

export const officeHours: readonly OfficeHoursSlot[] = [
  {
    id: 'cli-and-first-plugin',
    title: 'CLI and your first plugin',
    topics: 'Scaffolding from a template, `ax plugin validate` findings, publishing to the sandbox, and the training labs.',
    weekday: 'TU',
    start: '15:00',
    durationMinutes: 45,
    timeZone: 'Europe/Berlin',
    everyWeeks: 1,
    firstDate: '2026-12-01',
    hostTeam: 'cli',
    channel: '#ax-cli',
  },
  {
    id: 'runtime-and-marketplace',
    title: 'Runtime, marketplace and migration',
    topics: 'Runtime API questions, moving a v1 plugin to v2, marketplace listings and reading the analytics.',
    weekday: 'TH',
    start: '11:00',
    durationMinutes: 60,
    timeZone: 'America/New_York',
    everyWeeks: 1,
    firstDate: '2026-12-03',
    hostTeam: 'runtime',
    channel: '#ax-runtime',
  },
  {
    id: 'on-call-and-runbooks',
    title: 'On-call and runbooks',
    topics: 'Runbook drills, telemetry dashboards and alerts, and what to do before your first on-call shift.',
    weekday: 'WE',
    start: '10:00',
    durationMinutes: 45,
    timeZone: 'Europe/London',
    everyWeeks: 2,
    firstDate: '2026-12-09',
    hostTeam: 'devops',
    channel: '#ax-devops',
  },
];

const weekdayIndex: Record<Weekday, number> = {MO: 1, TU: 2, WE: 3, TH: 4, FR: 5};

/** What is wrong with a slot, worded "Unexpected X, expected Y"; empty when nothing is. */
export function officeHoursProblems(slot: OfficeHoursSlot): string[] {
  const at = `office hours "${slot.id}"`;
  const problems: string[] = [];
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(slot.start)) problems.push(`${at}: Unexpected start "${slot.start}", expected HH:MM on a 24-hour clock`);
  if (!Number.isInteger(slot.durationMinutes) || slot.durationMinutes < 15 || slot.durationMinutes > 180) {
    problems.push(`${at}: Unexpected durationMinutes ${slot.durationMinutes}, expected a whole number from 15 to 180`);
  }
  if (!findTeam(slot.hostTeam)) problems.push(`${at}: Unexpected hostTeam "${slot.hostTeam}", expected a team id from src/content-model/registry/teams.ts`);
  if (!/^#[a-z0-9-]+$/.test(slot.channel)) problems.push(`${at}: Unexpected channel "${slot.channel}", expected a chat channel such as #ax-cli`);
  const first = /^\d{4}-\d{2}-\d{2}$/.test(slot.firstDate) ? new Date(`${slot.firstDate}T12:00:00Z`) : undefined;
  if (!first || Number.isNaN(first.getTime())) problems.push(`${at}: Unexpected firstDate "${slot.firstDate}", expected YYYY-MM-DD`);
  else if (first.getUTCDay() !== weekdayIndex[slot.weekday]) {
    problems.push(`${at}: Unexpected firstDate ${slot.firstDate} on a ${first.toLocaleDateString('en-GB', {weekday: 'long', timeZone: 'UTC'})}, expected a ${weekdays[slot.weekday]}`);
  }
  return problems;
}

/** Every problem of every slot, plus duplicate ids. */
export function officeHoursScheduleProblems(slots: readonly OfficeHoursSlot[]): string[] {
  const seen = new Set<string>();
  const problems = slots.flatMap(officeHoursProblems);
  for (const s of slots) {
    if (seen.has(s.id)) problems.push(`office hours: Unexpected second slot with id "${s.id}", expected unique ids`);
    seen.add(s.id);
  }
  return problems;
}
