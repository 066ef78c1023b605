/** Bad input: no recordings/no-captions.vtt beside it. */
export const recording = {
  id: 'no-captions',
  title: 'A recording without captions',
  description: 'Nothing beside it holds its captions.',
  kind: 'walkthrough',
  date: '2026-10-01',
  presenter: {team: 'docs'},
  length: '0:10',
  chapters: [
    {start: '0:00', title: 'Start'},
    {start: '0:05', title: 'End'},
  ],
  slides: 'none yet',
  labs: [],
};
