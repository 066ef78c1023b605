import type {RecordingInput} from '../src/recordings/schema';

/** Captions: recordings/reading-analytics-dashboards.vtt. */
export const recording: RecordingInput = {
  id: 'reading-analytics-dashboards',
  title: 'Reading the marketplace analytics dashboards',
  description: 'A walkthrough of the analytics overview on synthetic data: the adoption funnel, weekly activity, retention cohorts, search trends, the installs alert and the exports.',
  kind: 'walkthrough',
  date: '2026-11-17',
  presenter: {team: 'runtime'},
  length: '2:40',
  chapters: [
    {start: '0:00', title: 'Where the numbers come from'},
    {start: '0:23', title: 'The adoption funnel'},
    {start: '0:47', title: 'Weekly activity and retention cohorts'},
    {start: '1:21', title: 'Top plugins and search trends'},
    {start: '1:44', title: 'Installs alerts'},
    {start: '2:07', title: 'Exports and the CLI'},
  ],
  slides: 'none yet',
  labs: [],
};
