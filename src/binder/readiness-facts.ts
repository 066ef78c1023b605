import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {loadDrillLogs, logsByRunbook} from '../content-model/drill-logs';
import {defaultDrillIntervalDays, drillStatus} from '../content-model/ops/drill';
import {runbookPages} from '../checks/rules/runbook-model';
import {listContentFiles, toPage} from '../checks/site-model';
import {docsInstances} from '../routes/table';
import {testMeasurements} from './kpi-measurements';
import type {Kpi} from './kpi-schema';
import {readJunit, readSecurityDashboard} from './kpi-sources';
import type {ReadinessFacts} from './readiness';

/** Committed accessibility evidence: `{"errors": <pa11y error count>}`. None is committed yet. */
export const pa11yEvidenceFile = 'handoff/evidence/pa11y.json';

/** Runbooks below `root` that are overdue for a drill on `today`, by id; null when there are none to judge. */
export async function overdueRunbooks(root: string, today: string): Promise<string[] | null> {
  const files = await listContentFiles(root, [docsInstances.runbooks.folder]);
  const pages = files.map((file) => toPage(file, readFileSync(path.join(root, file), 'utf8')));
  const runbooks = runbookPages({root, today, pages});
  if (!runbooks.length) return null;
  const byRunbook = logsByRunbook(await loadDrillLogs(root));
  return runbooks.filter((rb) => drillStatus(byRunbook.get(rb.id) ?? [], rb.frontmatter.drill_interval ?? defaultDrillIntervalDays, today).overdue).map((rb) => rb.id);
}

/** pa11y's error count from the committed evidence, or null without it. */
export function pa11yErrors(root: string): number | null {
  const file = path.join(root, pa11yEvidenceFile);
  if (!existsSync(file)) return null;
  const errors = (JSON.parse(readFileSync(file, 'utf8')) as {errors?: unknown}).errors;
  if (typeof errors !== 'number') throw new Error(`Unexpected "errors" ${JSON.stringify(errors)} in ${pa11yEvidenceFile}, expected pa11y's error count`);
  return errors;
}

/** Every fact the checklist's computed items need, read from the sources below `root`. */
export async function readReadinessFacts(root: string, today: string, judgedAt: string, kpis: readonly Kpi[]): Promise<ReadinessFacts> {
  const dashboard = readSecurityDashboard(root, judgedAt);
  const tests = readJunit(root);
  const measured = tests ? testMeasurements(tests)['tests-passing'] : undefined;
  return {
    overdueRunbooks: await overdueRunbooks(root, today),
    openCritical: dashboard?.openTotals?.critical ?? null,
    pa11yErrors: pa11yErrors(root),
    testsPassing: measured?.value ?? null,
    unsourcedKpis: kpis.filter((k) => k.source === 'none').map((k) => k.id),
  };
}
