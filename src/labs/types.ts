/**
 * The lab model as the browser and the build share it: plain types and constants, no zod, so
 * the lab components can import it without pulling the schema into page chunks.
 */

/** Who a lab is written for. */
export const labAudiences = ['new-hire', 'plugin-author', 'on-call-engineer', 'stakeholder'] as const;
export type LabAudience = (typeof labAudiences)[number];

export const audienceLabels: Readonly<Record<LabAudience, string>> = {
  'new-hire': 'New hire',
  'plugin-author': 'Plugin author',
  'on-call-engineer': 'On-call engineer',
  stakeholder: 'Stakeholder',
};

/** The three honest levels of a checkpoint, from weakest to strongest evidence. */
export const checkpointLevels = ['quiz', 'command', 'receipt'] as const;
export type CheckpointLevel = (typeof checkpointLevels)[number];

export const levelLabels: Readonly<Record<CheckpointLevel, {name: string; proves: string}>> = {
  quiz: {name: 'Level 1: quiz', proves: 'checks that you understood the step'},
  command: {name: 'Level 2: command check', proves: 'checks the `ax` command you ran against the CLI spec'},
  receipt: {name: 'Level 3: receipt check', proves: 'checks the JSON output of your command against its schema and your earlier steps'},
};

export interface QuizCheckpoint {
  level: 'quiz';
  question: string;
  choices: {text: string; correct?: boolean; explanation: string}[];
  sample: number;
}

export interface CommandCheckpoint {
  level: 'command';
  prompt: string;
  expected: string;
  sample: string;
}

export interface ReceiptCheckpoint {
  level: 'receipt';
  prompt: string;
  command: string;
  same_as?: {field: string; step: string; step_field: string}[];
  expect?: Record<string, string | number | boolean>;
  sample: string;
}

export type Checkpoint = QuizCheckpoint | CommandCheckpoint | ReceiptCheckpoint;

export interface LabStep {
  id: string;
  title: string;
  minutes: number;
  checkpoint: Checkpoint;
}

/** The lab fields of a lab page's front matter. */
export interface Lab {
  id: string;
  title: string;
  audience: LabAudience;
  prerequisites: string[];
  outcomes: string[];
  steps: LabStep[];
}

/** What a passed checkpoint records for later steps: flag and argument values, or the receipt's fields. */
export type Facts = Readonly<Record<string, unknown>>;

/** The outcome of checking one answer. */
export type CheckOutcome = {ok: true; facts: Facts} | {ok: false; messages: string[]};

/** A lab's total time: the sum of its steps, so it can never disagree with them. */
export function totalMinutes(steps: readonly Pick<LabStep, 'minutes'>[]): number {
  return steps.reduce((sum, s) => sum + s.minutes, 0);
}

/** "1 h 5 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}

/** What the labs index, the progress page and prerequisite links need of a lab. */
export interface LabSummary {
  id: string;
  title: string;
  description: string;
  url: string;
  audience: LabAudience;
  /** Sum of the steps' minutes. */
  minutes: number;
  prerequisites: string[];
  steps: {id: string; title: string; minutes: number; level: CheckpointLevel}[];
}
