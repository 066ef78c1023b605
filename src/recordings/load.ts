import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {require as tsxRequire} from 'tsx/cjs/api';
import {findAxCommands} from '../cli-spec/find';
import {zodProblems} from '../checks/zod-finding';
import {parseCaptions, type Cue} from './captions';
import {recordingIds, recordingsFolder} from './ids';
import {clockSeconds, formatClock, recordingSchema, type Recording} from './schema';

/** Rules over the recordings; the checks report each problem under its rule. */
export type RecordingRuleId = 'recordings/record' | 'recordings/captions' | 'recordings/chapters' | 'recordings/commands';

export interface RecordingProblem {
  file: string;
  line: number;
  ruleId: RecordingRuleId;
  message: string;
}

/** A recording whose record is valid, with its captions when they parse. */
export interface LoadedRecording {
  recording: Recording;
  file: string;
  captionsFile: string;
  /** Empty when the captions are missing or broken (a `recordings/captions` problem). */
  cues: Cue[];
  /** `ax …` commands narrated in the captions, with their line in the caption file. */
  commands: {command: string; line: number}[];
}

export interface RecordingSources {
  recordings: LoadedRecording[];
  problems: RecordingProblem[];
}

/** Ids of the training labs of the tree: docs/labs pages of kind `lab`. */
export function labIds(root: string): string[] {
  const dir = path.join(root, 'docs', 'labs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^[^_].*\.mdx?$/.test(f) && /^kind:\s*lab\s*$/m.test(readFileSync(path.join(dir, f), 'utf8')))
    .map((f) => f.replace(/\.mdx?$/, ''));
}

/**
 * Reads every recording of the tree at `root` (the record through tsx, so a fixture tree plants
 * its own) and its captions, and reports what does not hold together. `today` bounds the dates.
 */
export function readRecordings(root: string, today: string): RecordingSources {
  const problems: RecordingProblem[] = [];
  const recordings: LoadedRecording[] = [];
  const labs = labIds(root);
  for (const id of recordingIds(root)) {
    const file = `${recordingsFolder}/${id}.ts`;
    const captionsFile = `${recordingsFolder}/${id}.vtt`;
    const text = readFileSync(path.join(root, file), 'utf8');
    const lineOf = (needle: string) => Math.max(1, text.split('\n').findIndex((l) => l.includes(needle)) + 1);
    const record = (line: number, message: string) => problems.push({file, line, ruleId: 'recordings/record', message});
    let raw: unknown;
    try {
      raw = (tsxRequire(path.resolve(root, file), __filename) as {recording?: unknown}).recording;
    } catch (error) {
      record(1, `Unexpected error loading ${file} (${String((error as Error).message).split('\n')[0]}), expected a module exporting \`recording\``);
      continue;
    }
    const parsed = recordingSchema.safeParse(raw);
    if (!parsed.success) {
      for (const p of zodProblems(parsed.error, {input: raw, root: `in ${file}`})) record(lineOf(`${String(p.path[0] ?? 'id')}:`), p.message);
      continue;
    }
    const recording = parsed.data;
    if (recording.id !== id) record(lineOf('id:'), `Unexpected id "${recording.id}" in ${file}, expected "${id}", the file's name`);
    if (recording.date > today) record(lineOf('date:'), `Unexpected date ${recording.date} in ${file}, expected a day on or before ${today}: a recording is of something that happened`);
    for (const lab of recording.labs) if (!labs.includes(lab)) record(lineOf(`'${lab}'`), `Unexpected lab "${lab}" in ${file}, expected the id of a lab in docs/labs: ${labs.join(', ') || 'none'}`);
    if (recording.slides !== 'none yet' && !existsSync(path.join(root, recording.slides.file))) record(lineOf('slides:'), `Unexpected slides file "${recording.slides.file}" in ${file}, expected a file that exists, or 'none yet'`);

    const loaded: LoadedRecording = {recording, file, captionsFile, cues: [], commands: []};
    recordings.push(loaded);
    if (!existsSync(path.join(root, captionsFile))) {
      problems.push({file, line: 1, ruleId: 'recordings/captions', message: `Unexpected recording "${id}" without captions, expected ${captionsFile} (WebVTT)`});
      continue;
    }
    const source = readFileSync(path.join(root, captionsFile), 'utf8');
    const captions = parseCaptions(source, captionsFile);
    for (const p of captions.problems) problems.push({file: captionsFile, line: p.line, ruleId: 'recordings/captions', message: p.message});
    loaded.cues = captions.cues;
    loaded.commands = findAxCommands(source);
    if (captions.cues.length) problems.push(...chapterProblems(loaded, lineOf));
  }
  return {recordings, problems};
}

/** Chapters start at 0:00, in order, inside the captions; the length is the last cue's end. */
function chapterProblems({recording, file, cues}: LoadedRecording, lineOf: (needle: string) => number): RecordingProblem[] {
  const problems: RecordingProblem[] = [];
  const report = (line: number, message: string) => problems.push({file, line, ruleId: 'recordings/chapters', message});
  const end = Math.round(cues[cues.length - 1]!.end);
  const length = clockSeconds(recording.length)!;
  if (length !== end) report(lineOf('length:'), `Unexpected length ${recording.length} in ${file}, expected the end of the last caption cue, ${formatClock(end)}`);
  let previous = -1;
  recording.chapters.forEach((c, i) => {
    const start = clockSeconds(c.start)!;
    const line = lineOf(`'${c.title}'`);
    if (i === 0 && start !== 0) report(line, `Unexpected first chapter start ${c.start} in ${file}, expected 0:00`);
    if (start <= previous) report(line, `Unexpected chapter start ${c.start} for "${c.title}" in ${file}, expected a time after the previous chapter's`);
    if (start >= end) report(line, `Unexpected chapter start ${c.start} for "${c.title}" in ${file}, expected a time before the captions end (${formatClock(end)})`);
    previous = start;
  });
  return problems;
}
