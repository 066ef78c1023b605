/** Bad input: the presenter is a person's name, not a team of the registry. */
export const recording = {
  id: 'person',
  title: 'A recording presented by a person',
  description: 'Its presenter names somebody rather than a team.',
  kind: 'walkthrough',
  date: '2026-10-01',
  presenter: {name: 'Somebody'},
  length: '0:10',
  chapters: [
    {start: '0:00', title: 'Start'},
    {start: '0:05', title: 'End'},
  ],
  slides: 'none yet',
  labs: [],
};
