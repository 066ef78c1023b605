import type {RecordingInput} from '../src/recordings/schema';

/** Captions: recordings/publish-first-plugin.vtt. */
export const recording: RecordingInput = {
  id: 'publish-first-plugin',
  title: 'Publishing a first plugin with the CLI',
  description: 'A walkthrough from ax login to a plugin listed in the sandbox: scaffold from the workflow template, validate, publish and trace a request.',
  kind: 'walkthrough',
  date: '2026-10-27',
  presenter: {team: 'cli'},
  length: '2:52',
  chapters: [
    {start: '0:00', title: 'Sign in and check the set-up'},
    {start: '0:29', title: 'Scaffold from the workflow template'},
    {start: '1:02', title: 'Validate'},
    {start: '1:46', title: 'Publish to the sandbox'},
    {start: '2:20', title: 'Trace a request'},
  ],
  slides: 'none yet',
  labs: ['first-plugin'],
};
