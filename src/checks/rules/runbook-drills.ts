import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {loadDrillLogs, logsByRunbook} from '../../content-model/drill-logs';
import {assessStore, platformTargets, type DataStore} from '../../content-model/ops/dr';
import {defaultDrillIntervalDays, drillStatus} from '../../content-model/ops/drill';
import {defineRule, type Rule} from '../rule';
import type {SiteModel} from '../site-model';
import {runbookPages} from './runbook-model';

/** Drill logs that do not parse, or that name a runbook that does not exist. */
export const runbookDrillLogRule = defineRule<SiteModel>(
  {
    id: 'runbook/drill-log',
    description: 'Every file in runbooks/_drills is a valid drill log for an existing runbook.',
    rationale: 'A broken drill log silently leaves a runbook looking undrilled, or drilled when it was not.',
    defaultSeverity: 'error',
  },
  async (site, report) => {
    const ids = new Set(runbookPages(site).map((rb) => rb.id));
    for (const l of await loadDrillLogs(site.root)) {
      if (l.problems?.length) for (const p of l.problems) report({file: l.file, ...p});
      else if (ids.size && !ids.has(l.log!.runbook)) {
        report({file: l.file, line: 1, message: `Unexpected runbook "${l.log!.runbook}" in a drill log, expected one of: ${[...ids].join(', ')}`});
      }
    }
  },
);

/** A runbook whose newest drill is older than its drill interval, or that was never drilled. */
export const runbookDrillOverdueRule = defineRule<SiteModel>(
  {
    id: 'runbook/drill-overdue',
    description: `Every runbook was drilled within its \`drill_interval\` (${defaultDrillIntervalDays} days unless set).`,
    rationale: 'PRD item 5: drills validate runbooks; an undrilled runbook is a guess.',
    defaultSeverity: 'warn',
  },
  async (site, report) => {
    const byRunbook = logsByRunbook(await loadDrillLogs(site.root));
    for (const rb of runbookPages(site)) {
      const interval = rb.frontmatter.drill_interval ?? defaultDrillIntervalDays;
      const status = drillStatus(byRunbook.get(rb.id) ?? [], interval, site.today);
      if (!status.overdue) continue;
      const pos = rb.page.frontmatter.position('kind') ?? {line: 1, column: 1};
      report({
        file: rb.page.file,
        ...pos,
        message: status.lastDrilled
          ? `Unexpected last drill on ${status.lastDrilled}, due by ${status.dueBy}, expected a drill log in runbooks/_drills within every ${interval} days`
          : `Unexpected runbook never drilled, expected a drill log in runbooks/_drills within every ${interval} days`,
      });
    }
  },
);

/** The DR target rule, judged against the given stores, whose source file is named in findings. */
export function createDrTargetRule(stores: () => readonly DataStore[], sourceFile: string): Rule<SiteModel> {
  return defineRule<SiteModel>(
    {
      id: 'dr/targets',
      description: "Every data store's newest failover or restore drill met its RPO and RTO targets and is not overdue.",
      rationale: `PRD item 6: a failover drill proves RPO ≤ ${platformTargets.rpoMinutes} min and RTO ≤ ${platformTargets.rtoMinutes} min; a missed or stale drill proves nothing.`,
      defaultSeverity: 'warn',
    },
    async (site, report) => {
      // The store list is judged only in the tree that holds it, so fixture sites stay quiet.
      const source = await readFile(path.join(site.root, sourceFile), 'utf8').catch(() => undefined);
      if (source === undefined) return;
      const lines = source.split('\n');
      for (const store of stores()) {
        const a = assessStore(store, site.today);
        if (a.status === 'met') continue;
        const index = lines.findIndex((l) => l.includes(`id: '${store.id}'`));
        const at = {file: sourceFile, line: index + 1 || 1};
        if (a.status === 'never-drilled') report({...at, message: `Unexpected store "${store.id}" never drilled, expected a drill every ${store.drillIntervalDays} days`});
        if (a.latest && !a.rpoMet) report({...at, message: `Unexpected RPO of ${a.latest.achievedRpoMinutes} min for "${store.id}" in the ${a.latest.date} drill, expected ${store.rpoTargetMinutes} min or less`});
        if (a.latest && !a.rtoMet) report({...at, message: `Unexpected RTO of ${a.latest.achievedRtoMinutes} min for "${store.id}" in the ${a.latest.date} drill, expected ${store.rtoTargetMinutes} min or less`});
        if (a.latest && a.overdue) report({...at, message: `Unexpected last drill on ${a.latest.date} for "${store.id}", expected a drill by ${a.dueBy}`});
      }
    },
  );
}
