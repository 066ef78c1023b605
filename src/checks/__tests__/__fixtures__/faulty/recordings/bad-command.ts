/** Bad input: a future date, a lab that does not exist, a length and a chapter past the captions' end. */
export const recording = {
  id: 'bad-command',
  title: 'A recording with a bad command',
  description: 'Its captions narrate a command the CLI rejects.',
  kind: 'live-session',
  date: '2027-01-05',
  presenter: {team: 'cli', role: 'CLI engineering lead'},
  length: '0:12',
  chapters: [
    {start: '0:00', title: 'Start'},
    {start: '0:30', title: 'Past the end'},
  ],
  slides: 'none yet',
  labs: ['no-such-lab'],
};
