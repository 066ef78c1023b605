/**
 * What a recording's page and the index receive as route props: plain data, no zod, so the
 * browser chunk carries neither the schema nor the caption parser.
 */

/** One line of the transcript: its time and the words. */
export interface TranscriptLine {
  /** Seconds from the start, and the same as `m:ss`. */
  seconds: number;
  clock: string;
  text: string;
}

/** A chapter of the transcript, with its heading and the lines it holds. */
export interface TranscriptChapter {
  /** Anchor of the chapter's heading. */
  anchor: string;
  title: string;
  seconds: number;
  clock: string;
  lines: TranscriptLine[];
}

/** A recording as its page shows it. */
export interface RecordingView {
  id: string;
  url: string;
  title: string;
  description: string;
  kindLabel: string;
  date: string;
  /** The presenting team's name, with the role when there is one. */
  presenter: string;
  /** Running time as `m:ss`, and in seconds. */
  length: string;
  seconds: number;
  /** The slides file's URL, or undefined when none is published yet. */
  slidesUrl: string | undefined;
  labs: {id: string; title: string; url: string}[];
  chapters: TranscriptChapter[];
  /** Where the video and the captions are served, when this build was given a media location. */
  media: {videoUrl: string; captionsUrl: string} | undefined;
}
