import path from 'node:path';
import {officeHours, weekdays} from '../../content-model/registry/office-hours';
import {findTeam} from '../../content-model/registry/teams';
import {readRecordings} from '../../recordings/load';
import {recordingKindLabels} from '../../recordings/schema';
import {generatedFiles, routes} from '../../routes/table';
import type {SecurityDashboard} from '../../security/dashboard';
import {formatHours} from '../../security/policy-text';
import {noData} from './format';
import {readPages} from './ops-views';
import type {KpiRowView, MaintenanceSecurityView, TrainingView} from './types';

/** The KPIs the training chapter reports beside its labs, by id; their rows come from the scorecard. */
export const trainingKpiIds = ['lab-completion', 'stakeholders-trained'] as const;

interface LabFrontmatter {
  kind?: string;
  title?: string;
  audience?: string;
  outcomes?: string[];
  steps?: {minutes: number}[];
}

/** The labs (docs/labs pages of kind `lab`), the recordings and the office hours, read from their sources. */
export async function trainingView(root: string, today: string, scorecard: readonly KpiRowView[]): Promise<TrainingView> {
  const pages = await readPages(root, ['docs/labs']);
  const labs = pages.flatMap((p) => {
    const fm = p.validation.data as LabFrontmatter | undefined;
    if (fm?.kind !== 'lab') return [];
    const id = path.basename(p.file).replace(/\.mdx?$/, '');
    const steps = fm.steps ?? [];
    return [{id, title: fm.title ?? id, route: routes.lab(id), audience: fm.audience ?? '', minutes: steps.reduce((n, s) => n + s.minutes, 0), steps: steps.length, outcomes: fm.outcomes ?? []}];
  });
  const {recordings: loaded} = readRecordings(root, today);
  const recordings = loaded
    .map(({recording: r}) => ({id: r.id, title: r.title, route: routes.recording(r.id), kind: recordingKindLabels[r.kind], date: r.date, length: r.length, labs: r.labs}))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return {
    labs,
    recordings,
    officeHours: officeHours.map((s) => ({
      id: s.id,
      title: s.title,
      when: `${s.everyWeeks === 1 ? 'Every' : 'Every other'} ${weekdays[s.weekday]} at ${s.start} ${s.timeZone}, ${s.durationMinutes} minutes`,
      hostTeamName: findTeam(s.hostTeam)?.name ?? s.hostTeam,
      channel: s.channel,
    })),
    officeHoursIcs: generatedFiles.officeHoursIcs,
    kpis: scorecard.filter((r) => (trainingKpiIds as readonly string[]).includes(r.id)),
  };
}

/** The security dashboard's headline: scans, open advisories (or No data when a scan cannot attest), alerts and SLAs. */
export function maintenanceSecurityView(d: SecurityDashboard | undefined): MaintenanceSecurityView {
  const severities = d?.slas.map((s) => s.severity) ?? ['critical', 'high', 'medium', 'low'];
  return {
    route: routes.security(),
    asOf: d ? {...d.asOf} : null,
    scanCount: d?.scans.length ?? 0,
    staleScanCount: d?.scans.filter((s) => s.stale).length ?? 0,
    open: severities.map((severity) => ({severity, count: d?.openTotals ? (d.openTotals as Record<string, number>)[severity] ?? 0 : null})),
    firingAlerts: (d?.alerts ?? []).filter((a) => a.firing).map((a) => ({name: a.name, causes: a.causes})),
    slas: (d?.slas ?? []).map((s) => ({severity: s.severity, fixWithin: formatHours(s.fixWithinHours)})),
  };
}

/** An open-advisory count as shown. */
export const openCountText = (count: number | null) => (count === null ? noData : String(count));
