import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {listContentFiles, toPage} from '../../src/checks/site-model';
import {freshness} from '../../src/checks/freshness';
import {loadDrillLogs, logsByRunbook} from '../../src/content-model/drill-logs';
import {parseRunbookBody} from '../../src/content-model/runbook-body';
import {disasterRecoveryView, governanceGuideView, severityAndRolesView, type DisasterRecoveryView, type GovernanceGuideView, type SeverityAndRolesView} from '../../src/content-model/ops/views/guides';
import {knowledgeBaseView, runbooksByTrigger, type KnowledgeBaseInput, type KnowledgeBaseView, type RunbooksByTrigger} from '../../src/content-model/ops/views/knowledge-base';
import {drillStanding, runbookPageView, type RunbookPageView} from '../../src/content-model/ops/views/runbook-page';
import {docsInstances} from '../../src/routes/table';

/** Every view the runbooks section renders, built once per build from the runbook files and the typed ops data. */
export interface RunbooksContent {
  runbooks: RunbookPageView[];
  knowledgeBase: KnowledgeBaseView;
  byTrigger: RunbooksByTrigger;
  severityAndRoles: SeverityAndRolesView;
  disasterRecovery: DisasterRecoveryView;
  governance: GovernanceGuideView;
}

export interface LoadOptions {
  /** Day to judge freshness and drills against, YYYY-MM-DD. */
  today: string;
  /** Title of a catalog error by ID or alias. */
  errorTitle: (id: string) => string | undefined;
}

/**
 * Reads the pages of the runbooks docs instance and the committed drill logs. Only those files:
 * no git history and no route index, which the doc checks build for themselves.
 */
export async function loadRunbooksContent(siteDir: string, options: LoadOptions): Promise<RunbooksContent> {
  const folder = docsInstances.runbooks.folder;
  const files = await listContentFiles(siteDir, [folder]);
  const pages = await Promise.all(files.map(async (file) => toPage(file, await readFile(path.join(siteDir, file), 'utf8'))));
  const logs = logsByRunbook(await loadDrillLogs(siteDir));
  const runbooks: RunbookPageView[] = [];
  const indexed: KnowledgeBaseInput[] = [];
  for (const page of pages) {
    const fm = page.validation.data;
    // Pages whose front matter fails are reported by the doc checks, which fail the build.
    if (!fm || !page.route) continue;
    const {id, route: permalink} = page.route;
    if (permalink === docsInstances.runbooks.base) continue;
    // The same review clock as the page footer and the freshness rules.
    const review = freshness(fm.last_reviewed, fm.kind, options.today, fm.review_interval);
    const standing = {lastReviewed: fm.last_reviewed, reviewDueBy: review.dueDate, stale: review.status === 'stale'};
    const entry: KnowledgeBaseInput = {id, permalink, title: fm.title, description: fm.description, kind: fm.kind, owner: fm.owner, ...standing};
    if (fm.kind === 'runbook') {
      const drill = drillStanding(logs.get(id) ?? [], fm.drill_interval, options.today);
      const steps = parseRunbookBody(page.source).steps;
      runbooks.push(runbookPageView({id, frontmatter: fm, steps, drill, review: standing, errorTitle: options.errorTitle}));
      Object.assign(entry, {services: fm.services, triggers: fm.triggers, drill});
    }
    indexed.push(entry);
  }
  const knowledgeBase = knowledgeBaseView(indexed);
  return {
    runbooks,
    knowledgeBase,
    byTrigger: runbooksByTrigger(knowledgeBase),
    severityAndRoles: severityAndRolesView(),
    disasterRecovery: disasterRecoveryView(options.today),
    governance: governanceGuideView(),
  };
}
