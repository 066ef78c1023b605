import {describe, expect, it} from 'vitest';
import {parseCaptions} from '../captions';
import {clockSeconds, formatClock, recordingSchema} from '../schema';
import {transcriptChapters} from '../transcript';

const vtt = (...cues: string[]) => ['WEBVTT', '', ...cues.flatMap((c) => [c, ''])].join('\n');

describe('parseCaptions', () => {
  it('reads cues with their times, text and timing line', () => {
    expect(parseCaptions(vtt('00:00.000 --> 00:04.000\nI\'m running `ax doctor`.', '00:04.000 --> 00:09.500\nEvery check\npasses.'), 'a.vtt')).toMatchInlineSnapshot(`
      {
        "cues": [
          {
            "end": 4,
            "line": 3,
            "start": 0,
            "text": "I'm running \`ax doctor\`.",
          },
          {
            "end": 9.5,
            "line": 6,
            "start": 4,
            "text": "Every check passes.",
          },
        ],
        "problems": [],
      }
    `);
  });

  const broken = {
    'no signature': 'WEBVT\n\n00:00.000 --> 00:01.000\nHi\n',
    'a cue ending before it starts': vtt('00:00.000 --> 00:02.000\nA', '00:03.000 --> 00:02.500\nB'),
    'a timestamp with two-digit milliseconds': vtt('00:00.00 --> 00:02.000\nA'),
    'a raw angle bracket in the text': vtt('00:00.000 --> 00:02.000\nax logs <id>'),
    'overlapping cues': vtt('00:00.000 --> 00:05.000\nA', '00:04.000 --> 00:06.000\nB'),
    'no cues at all': 'WEBVTT\n',
  };

  it('refuses broken files with one message per fault, and gives no cues', () => {
    const results = Object.entries(broken).map(([name, source]) => [name, parseCaptions(source, 'a.vtt')] as const);
    expect(results.every(([, r]) => r.cues.length === 0)).toBe(true);
    expect(Object.fromEntries(results.map(([name, r]) => [name, r.problems.map((p) => `${p.line}: ${p.message}`)]))).toMatchInlineSnapshot(`
      {
        "a cue ending before it starts": [
          "6: Unexpected WebVTT in a.vtt at line 6, column 24 (End timestamp is not greater than start timestamp), expected a valid cue as in the WebVTT spec",
        ],
        "a raw angle bracket in the text": [
          "5: Unexpected WebVTT in a.vtt at line 5, column 13 (Incorrect start tag), expected a valid cue as in the WebVTT spec",
        ],
        "a timestamp with two-digit milliseconds": [
          "3: Unexpected WebVTT in a.vtt at line 3, column 9 (Milliseconds must be given in three digits), expected a valid cue as in the WebVTT spec",
        ],
        "no cues at all": [
          "1: Unexpected caption file a.vtt without cues, expected at least one cue",
        ],
        "no signature": [
          "1: Unexpected WebVTT in a.vtt at line 1 (No valid signature. (File needs to start with "WEBVTT".)), expected a valid cue as in the WebVTT spec",
        ],
        "overlapping cues": [
          "6: Unexpected cue starting at 4s in a.vtt at line 6, expected it to start at or after the previous cue's end (5s)",
        ],
      }
    `);
  });
});

describe('clocks', () => {
  it.each([
    ['0:00', 0],
    ['2:52', 172],
    ['1:02:03', 3723],
    ['2:60', undefined],
    ['abc', undefined],
  ])('%s is %s seconds', (clock, seconds) => {
    expect(clockSeconds(clock)).toBe(seconds);
    if (seconds !== undefined) expect(clockSeconds(formatClock(seconds))).toBe(seconds);
  });
});

describe('transcriptChapters', () => {
  it('puts each cue under the last chapter starting at or before it', () => {
    const recording = recordingSchema.parse({id: 'x', title: 'A recording', description: 'A recording made for this test only.', kind: 'walkthrough', date: '2026-10-01', presenter: {team: 'docs'}, length: '0:09', chapters: [{start: '0:00', title: 'One'}, {start: '0:04', title: 'Two words'}], slides: 'none yet', labs: []});
    const {cues} = parseCaptions(vtt('00:00.000 --> 00:04.000\nFirst.', '00:04.000 --> 00:09.000\nSecond.'), 'a.vtt');
    expect(transcriptChapters(recording, cues).map((c) => `${c.anchor} ${c.clock}: ${c.lines.map((l) => `[${l.clock}] ${l.text}`).join(' ')}`)).toMatchInlineSnapshot(`
      [
        "chapter-1-one 0:00: [0:00] First.",
        "chapter-2-two-words 0:04: [0:04] Second.",
      ]
    `);
  });
});
