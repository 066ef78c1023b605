import {listContentFiles, loadSiteModel} from '../../src/checks/site-model';
import {runbookIdOf} from '../../src/checks/rules/runbook-model';
import {loadDrillLogs, logsByRunbook} from '../../src/content-model/drill-logs';
import {freshness} from '../../src/checks/freshness';
import {defaultDrillIntervalDays, drillStatus} from '../../src/content-model/ops/drill';
import {parseRunbookBody} from '../../src/content-model/runbook-body';
import {summariseDrill, type KnowledgeBaseData, type KnowledgeBaseEntry} from './types';

/** Reads every page of the runbooks instance and its drill logs into the knowledge base index. */
export async function buildKnowledgeBase(siteDir: string, options: {root: string; routeBase: string; today: string}): Promise<KnowledgeBaseData> {
  const files = await listContentFiles(siteDir, [options.root]);
  const model = await loadSiteModel(siteDir, {files, today: options.today});
  const logs = logsByRunbook(await loadDrillLogs(siteDir));
  const entries: KnowledgeBaseEntry[] = [];
  for (const page of model.pages) {
    const fm = page.validation.data;
    if (!fm) continue;
    const id = fm.id ?? runbookIdOf(page.file);
    if (id === 'index') continue;
    // The same review clock as the page footer and the freshness rules.
    const review = freshness(fm.last_reviewed, fm.kind, options.today, fm.review_interval);
    const entry: KnowledgeBaseEntry = {
      id,
      permalink: `${options.routeBase}/${fm.slug?.replace(/^\//, '') ?? id}`,
      title: fm.title,
      description: fm.description,
      kind: fm.kind,
      owner: fm.owner,
      lastReviewed: fm.last_reviewed,
      reviewDueBy: review.dueDate,
      stale: review.status === 'stale',
      services: [],
      triggers: [],
      steps: [],
    };
    if (fm.kind === 'runbook') {
      const intervalDays = fm.drill_interval ?? defaultDrillIntervalDays;
      const history = logs.get(id) ?? [];
      const status = drillStatus(history, intervalDays, options.today);
      Object.assign(entry, {
        services: fm.services,
        triggers: fm.triggers,
        severity: fm.severity,
        escalation: fm.escalation,
        steps: parseRunbookBody(page.source).steps.map(({id: stepId, section, text}) => ({id: stepId, section, text})),
        drill: {
          intervalDays,
          lastDrilled: status.lastDrilled,
          dueBy: status.dueBy,
          overdue: status.overdue,
          history: [...history].sort((a, b) => b.ended_at.localeCompare(a.ended_at)).map(summariseDrill),
        },
      });
    }
    entries.push(entry);
  }
  entries.sort((a, b) => a.title.localeCompare(b.title));
  const byTrigger: KnowledgeBaseData['byTrigger'] = {};
  for (const e of entries) for (const t of e.triggers) (byTrigger[t] ??= []).push({id: e.id, title: e.title, permalink: e.permalink});
  return {today: options.today, entries, byTrigger};
}
