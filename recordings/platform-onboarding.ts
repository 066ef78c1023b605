import type {RecordingInput} from '../src/recordings/schema';

/** Captions: recordings/platform-onboarding.vtt. */
export const recording: RecordingInput = {
  id: 'platform-onboarding',
  title: 'Platform onboarding for new hires',
  description: 'A live session for engineers joining the ax platform: what the platform is, your path through the docs, setting up the CLI, reading a failing command, and where to practise.',
  kind: 'live-session',
  date: '2026-09-08',
  presenter: {team: 'cli', role: 'CLI engineering lead'},
  length: '3:57',
  chapters: [
    {start: '0:00', title: 'Welcome and what ax is'},
    {start: '0:52', title: 'Your path through the docs'},
    {start: '1:48', title: 'Setting up the CLI'},
    {start: '2:40', title: 'When a command fails'},
    {start: '3:13', title: 'Labs and office hours'},
  ],
  slides: 'none yet',
  labs: ['first-plugin'],
};
