/** Bad input: the second cue of its captions ends before it starts. */
export const recording = {
  id: 'broken-cue',
  title: 'A recording with a broken cue',
  description: 'Its captions have a cue whose end comes before its start.',
  kind: 'walkthrough',
  date: '2026-10-01',
  presenter: {team: 'docs'},
  length: '0:10',
  chapters: [
    {start: '0:00', title: 'Start'},
    {start: '0:05', title: 'Middle'},
  ],
  slides: 'none yet',
  labs: [],
};
