import type {Cue} from './captions';
import {clockSeconds, formatClock, type Recording} from './schema';
import type {TranscriptChapter} from './types';

/** Anchor of a chapter heading: its position and title, so two chapters never share one. */
const anchorOf = (index: number, title: string) => `chapter-${index + 1}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/**
 * The transcript by chapter: each cue goes to the last chapter starting at or before it.
 * Chapters come from a record the checks passed, so every start parses.
 */
export function transcriptChapters(recording: Recording, cues: readonly Cue[]): TranscriptChapter[] {
  const chapters = recording.chapters.map((c, i) => {
    const seconds = clockSeconds(c.start) ?? 0;
    return {anchor: anchorOf(i, c.title), title: c.title, seconds, clock: formatClock(seconds), lines: [] as TranscriptChapter['lines']};
  });
  for (const cue of cues) {
    const chapter = [...chapters].reverse().find((c) => c.seconds <= cue.start) ?? chapters[0];
    chapter?.lines.push({seconds: cue.start, clock: formatClock(cue.start), text: cue.text});
  }
  return chapters;
}
