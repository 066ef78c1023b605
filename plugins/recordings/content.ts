import {findTeam} from '../../src/content-model/registry/teams';
import {buildDay} from '../shared/build-moment';
import {readRecordings, type LoadedRecording} from '../../src/recordings/load';
import {clockSeconds, formatClock, recordingKindLabels} from '../../src/recordings/schema';
import {transcriptChapters} from '../../src/recordings/transcript';
import type {RecordingView} from '../../src/recordings/types';
import {routes} from '../../src/routes/table';
import {readLabPages} from '../labs/content';

/**
 * Every recording as its page shows it. A recording whose record or captions do not hold
 * together fails the build here, with the checks' own messages: a page without its transcript
 * is never published.
 */
export function loadRecordingViews(siteDir: string, mediaBaseUrl: string | undefined): RecordingView[] {
  const {recordings, problems} = readRecordings(siteDir, buildDay());
  if (problems.length) throw new Error(`Unexpected problems in the recordings, expected none (npm run check lists them):\n${problems.map((p) => `${p.file}:${p.line} ${p.message} (${p.ruleId})`).join('\n')}`);
  const labs = new Map(readLabPages(siteDir).map((l) => [l.id, l.frontmatter.title]));
  return recordings.map((r) => toView(r, labs, mediaBaseUrl)).sort((a, b) => b.date.localeCompare(a.date));
}

function toView({recording, cues}: LoadedRecording, labs: ReadonlyMap<string, string>, mediaBaseUrl: string | undefined): RecordingView {
  const team = findTeam(recording.presenter.team)?.name ?? recording.presenter.team;
  const seconds = clockSeconds(recording.length) ?? 0;
  return {
    id: recording.id,
    url: routes.recording(recording.id),
    title: recording.title,
    description: recording.description,
    kindLabel: recordingKindLabels[recording.kind],
    date: recording.date,
    presenter: recording.presenter.role ? `${recording.presenter.role}, ${team}` : team,
    length: formatClock(seconds),
    seconds,
    slidesUrl: recording.slides === 'none yet' ? undefined : `/${recording.slides.file.replace(/^static\//, '')}`,
    labs: recording.labs.map((id) => ({id, title: labs.get(id) ?? id, url: routes.lab(id)})),
    chapters: transcriptChapters(recording, cues),
    media: mediaBaseUrl ? {videoUrl: `${mediaBaseUrl}/${recording.id}.mp4`, captionsUrl: `${mediaBaseUrl}/${recording.id}.vtt`} : undefined,
  };
}
