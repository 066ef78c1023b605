import * as z from 'zod';
import {teamIds} from '../content-model/registry/teams';

/** A time in the recording, `mm:ss` or `h:mm:ss`, as chapters and lengths are written. */
export const clockPattern = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/;

/** Seconds from the start for a `mm:ss` or `h:mm:ss` clock; undefined when it is not one. */
export function clockSeconds(clock: string): number | undefined {
  const m = clockPattern.exec(clock);
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

/** A clock for whole seconds: `m:ss`, or `h:mm:ss` past the hour. */
export function formatClock(seconds: number): string {
  const s = Math.floor(seconds);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
}

const clock = z.string().regex(clockPattern, 'a time as mm:ss or h:mm:ss');

/**
 * Who presents: always a team of the registry, and at most a role within it. Never a person's
 * name: recordings outlive who is on which team, and the site names teams, not people.
 */
export const presenterRoles = ['CLI engineering lead', 'Runtime engineering lead', 'DevOps lead', 'Quality engineering lead', 'Product manager', 'On-call engineer', 'Incident commander', 'Docs writer'] as const;

/** The two kinds of recording in the knowledge base. */
export const recordingKinds = ['live-session', 'walkthrough'] as const;

/** How each kind reads on the pages. */
export const recordingKindLabels: Record<(typeof recordingKinds)[number], string> = {'live-session': 'Live session', walkthrough: 'Walkthrough'};

export const recordingSchema = z
  .object({
    /** Stable id: the data file's name (`recordings/<id>.ts`), its captions' name and its URL. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case id of letters, digits and dashes'),
    /** What the recording is about, as its page heading. */
    title: z.string().min(8).max(100),
    /** One or two sentences for the index and the page's meta description. */
    description: z.string().min(20).max(300),
    /** A live session recorded with its audience, or a walkthrough recorded on its own. */
    kind: z.enum(recordingKinds),
    /** Day it was recorded, YYYY-MM-DD; the checks refuse a day after the check's day. */
    date: z.iso.date(),
    /** The team that presents and, optionally, the presenter's role in it. */
    presenter: z.object({team: z.enum(teamIds), role: z.enum(presenterRoles).optional()}).strict(),
    /** Running time, `mm:ss` or `h:mm:ss`; the end of the last caption cue, to the second. */
    length: clock,
    /** Chapters in order: where each starts and its title; the first starts at 0:00. */
    chapters: z.array(z.object({start: clock, title: z.string().min(3).max(80)}).strict()).min(2),
    /**
     * The slides shown, as a file below `static/` served with the site, or `none yet` when no
     * deck is published. Never an outside URL: nothing here may point where this site cannot check.
     */
    slides: z.union([z.literal('none yet'), z.object({file: z.string().regex(/^static\/[\w./-]+\.pdf$/, 'a PDF below static/')}).strict()]),
    /** Ids of the training labs (docs/labs/<id>.mdx) the recording works through or points to. */
    labs: z.array(z.string()),
  })
  .strict();

export type RecordingInput = z.input<typeof recordingSchema>;
export type Recording = z.output<typeof recordingSchema>;
