/** Types for the parts of `webvtt-parser` (CC0, no types of its own) that the captions use. */
declare module 'webvtt-parser' {
  export interface ParsedCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
  }
  export interface ParseError {
    message: string;
    /** 1-based line of the file. */
    line: number;
    col?: number;
  }
  export class WebVTTParser {
    parse(input: string, mode?: 'metadata'): {cues: ParsedCue[]; errors: ParseError[]};
  }
}
