import {WebVTTParser} from 'webvtt-parser';

/** One caption cue: when it shows, what it says, and the line of its timing in the file. */
export interface Cue {
  /** Seconds from the start. */
  start: number;
  end: number;
  /** The cue's text, lines joined with a space. */
  text: string;
  /** 1-based line of the cue's `-->` timing line. */
  line: number;
}

/** A caption problem, with its 1-based line in the file. */
export interface CaptionProblem {
  line: number;
  message: string;
}

export interface Captions {
  cues: Cue[];
  problems: CaptionProblem[];
}

const timingLine = /-->/;

/**
 * Parses a WebVTT file strictly with `webvtt-parser`: any parse error is a problem, and a file
 * with problems gives no cues at all, so no page ever shows half a transcript. Cues must also
 * have text and must not overlap: a transcript reads them in order.
 */
export function parseCaptions(source: string, file: string): Captions {
  const parsed = new WebVTTParser().parse(source);
  const problems: CaptionProblem[] = parsed.errors.map((e) => ({
    line: e.line,
    message: `Unexpected WebVTT in ${file} at line ${e.line}${e.col === undefined ? '' : `, column ${e.col}`} (${e.message.replace(/\.$/, '')}), expected a valid cue as in the WebVTT spec`,
  }));
  const lines = source.split(/\r\n|\r|\n/);
  const timingLines = lines.flatMap((l, i) => (timingLine.test(l) ? [i + 1] : []));
  if (problems.length) return {cues: [], problems};
  if (timingLines.length !== parsed.cues.length) return {cues: [], problems: [{line: 1, message: `Unexpected ${parsed.cues.length} cue(s) for ${timingLines.length} timing line(s) in ${file}, expected one cue per timing line`}]};
  if (!parsed.cues.length) return {cues: [], problems: [{line: 1, message: `Unexpected caption file ${file} without cues, expected at least one cue`}]};
  const cues = parsed.cues.map((c, i) => ({start: c.startTime, end: c.endTime, text: c.text.replace(/\s*\n\s*/g, ' ').trim(), line: timingLines[i]!}));
  cues.forEach((cue, i) => {
    if (!cue.text) problems.push({line: cue.line, message: `Unexpected empty cue in ${file} at line ${cue.line}, expected the words spoken`});
    const previous = cues[i - 1];
    if (previous && cue.start < previous.end) problems.push({line: cue.line, message: `Unexpected cue starting at ${cue.start}s in ${file} at line ${cue.line}, expected it to start at or after the previous cue's end (${previous.end}s)`});
  });
  return problems.length ? {cues: [], problems} : {cues, problems};
}
