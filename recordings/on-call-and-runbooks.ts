import type {RecordingInput} from '../src/recordings/schema';

/** Captions: recordings/on-call-and-runbooks.vtt. */
export const recording: RecordingInput = {
  id: 'on-call-and-runbooks',
  title: 'On call on ax: incident triage and the runbooks',
  description: 'A live session before a first on-call shift: the first fifteen minutes of an incident, declaring it, following a component runbook, and how runbooks are drilled.',
  kind: 'live-session',
  date: '2026-10-13',
  presenter: {team: 'devops', role: 'DevOps lead'},
  length: '3:12',
  chapters: [
    {start: '0:00', title: 'Before your first shift'},
    {start: '0:33', title: 'The first fifteen minutes'},
    {start: '1:20', title: 'Declaring an incident'},
    {start: '1:56', title: 'Following a component runbook'},
    {start: '2:42', title: 'Drills and questions'},
  ],
  slides: 'none yet',
  labs: ['triage-error'],
};
