import {checkAxCommand} from '../../cli-spec';
import {readRecordings, type RecordingRuleId, type RecordingSources} from '../../recordings/load';
import {defineRule, type Rule} from '../rule';
import type {SiteModel} from '../site-model';

/** The recordings of the checked root, read once per run however many rules ask. */
const sourcesBySite = new WeakMap<SiteModel, RecordingSources>();
export function recordingSourcesOf(site: SiteModel): RecordingSources {
  let sources = sourcesBySite.get(site);
  if (!sources) sourcesBySite.set(site, (sources = readRecordings(site.root, site.today)));
  return sources;
}

function recordingRule(id: RecordingRuleId, description: string, rationale: string): Rule<SiteModel> {
  return defineRule<SiteModel>({id, description, rationale, defaultSeverity: 'error'}, (site, report) => {
    for (const p of recordingSourcesOf(site).problems) if (p.ruleId === id) report({file: p.file, line: p.line, message: p.message});
  });
}

/**
 * Rules over the recorded sessions and walkthroughs (recordings/<id>.ts and its WebVTT
 * captions). A tree without recordings gives no findings.
 */
export const recordingRules: readonly Rule<SiteModel>[] = [
  recordingRule(
    'recordings/record',
    'Each recording\'s record matches the recording schema: its id is its file name, its date is past, its presenter is a team of the registry, its labs exist and its slides are a file that exists or "none yet".',
    'The pages are made from the records; a record that names a lab that is gone or slides nobody can open sends the viewer nowhere.',
  ),
  recordingRule(
    'recordings/captions',
    'Each recording has WebVTT captions beside it (recordings/<id>.vtt) that parse without a single error, with text in every cue and no overlapping cues.',
    'The captions are the transcript and the text alternative of the video (WCAG 1.2.2 and 1.2.5): a recording without valid captions is not published.',
  ),
  recordingRule(
    'recordings/chapters',
    'Chapters start at 0:00, in order, before the last caption cue ends, and the recording\'s length is the end of the last cue.',
    'A chapter past the end is a heading over nothing; a length that disagrees with the captions means one of them is of another cut.',
  ),
  defineRule<SiteModel>(
    {
      id: 'recordings/commands',
      description: 'Every `ax …` command narrated in a recording\'s captions exists in the typed CLI spec, with known flags and valid values.',
      rationale: 'Viewers type what they hear; a command the CLI has renamed since the recording should fail CI, so the recording is re-cut or annotated.',
      defaultSeverity: 'error',
    },
    (site, report) => {
      for (const r of recordingSourcesOf(site).recordings) {
        for (const found of r.commands) {
          const result = checkAxCommand(found.command);
          if (!result.ok) report({file: r.captionsFile, line: found.line, message: result.message});
        }
      }
    },
  ),
];
