import {allRules, compareFindings, loadSiteModel, listContentFiles, runRules, type Finding} from '../../src/checks';
import {buildHealthReport, type HealthReport} from '../../src/checks/health';
import type {RuleMeta} from '../../src/checks/rule';

export interface DocChecksContent {
  findings: Finding[];
  health: HealthReport;
  /** Every rule that ran, for the contributing guide's list of checks. */
  rules: RuleMeta[];
}

/** What a run of the checks needs; plain data, so the run can happen in a worker thread. */
export interface DocChecksInput {
  siteDir: string;
  roots: string[];
  today: string;
  rules: Record<string, 'off' | 'warn' | 'error'>;
}

/** Reads the content under the roots, runs every rule, and builds the health report from the findings. */
export async function runDocChecks({siteDir, roots, today, rules}: DocChecksInput): Promise<DocChecksContent> {
  const files = await listContentFiles(siteDir, roots);
  const model = await loadSiteModel(siteDir, {files, today});
  const findings = (await runRules(allRules, model, rules)).sort(compareFindings);
  return {findings, health: buildHealthReport(model, findings), rules: allRules.map((r) => r.meta)};
}
