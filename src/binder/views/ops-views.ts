import {readFileSync} from 'node:fs';
import path from 'node:path';
import {loadDrillLogs, logsByRunbook} from '../../content-model/drill-logs';
import {assessStore, platformTargets, recoveryApproaches} from '../../content-model/ops/dr';
import {dataStores} from '../../content-model/ops/dr-stores';
import {defaultDrillIntervalDays, drillStatus} from '../../content-model/ops/drill';
import {components, findComponent} from '../../content-model/registry/components';
import {findTeam, teams} from '../../content-model/registry/teams';
import {runbookPages} from '../../checks/rules/runbook-model';
import {listContentFiles, toPage, type Page} from '../../checks/site-model';
import {docsInstances, routes} from '../../routes/table';
import type {DrState, OperationsView, RunbookRowView, SupportModelView} from './types';

const teamName = (id: string) => findTeam(id)?.name ?? id;

/** The pages of some content folders below `root`, parsed as the docs checks parse them. */
export async function readPages(root: string, folders: readonly string[]): Promise<Page[]> {
  const files = await listContentFiles(root, folders);
  return files.map((file) => toPage(file, readFileSync(path.join(root, file), 'utf8')));
}

/** Support tiers, as the component registry defines them (schema.ts). */
const tierMeaning = {1: 'Pages the on-call engineer at any hour.', 2: 'Handled in business hours.', 3: 'Best effort.'} as const;

export function supportModelView(): SupportModelView {
  return {
    teams: teams.map((t) => ({
      id: t.id,
      name: t.name,
      mission: t.mission,
      channel: t.channel,
      onCall: t.onCall,
      escalationRole: t.escalation.role,
      escalationContact: t.escalation.contact,
      escalateAfterMinutes: t.escalation.afterMinutes,
      components: components.filter((c) => c.owner === t.id).map((c) => ({id: c.id, name: c.name, tier: c.tier})),
    })),
    tiers: ([1, 2, 3] as const).map((tier) => ({tier, meaning: tierMeaning[tier]})),
  };
}

const drState = {met: 'Met', missed: 'Missed', overdue: 'Overdue', 'never-drilled': 'Never drilled'} as const satisfies Record<string, DrState>;

/** Runbooks with their drill state on `today`, and each data store's DR targets against its newest drill. */
export async function operationsView(root: string, today: string): Promise<OperationsView> {
  const pages = await readPages(root, [docsInstances.runbooks.folder]);
  const byRunbook = logsByRunbook(await loadDrillLogs(root));
  const runbooks: RunbookRowView[] = runbookPages({root, today, pages}).map((rb) => {
    const intervalDays = rb.frontmatter.drill_interval ?? defaultDrillIntervalDays;
    const s = drillStatus(byRunbook.get(rb.id) ?? [], intervalDays, today);
    const owner = String(rb.frontmatter.owner);
    return {
      id: rb.id,
      title: String(rb.frontmatter.title),
      route: routes.runbook(rb.id),
      owner,
      ownerName: teamName(owner),
      intervalDays,
      lastDrilled: s.lastDrilled ?? null,
      dueBy: s.dueBy ?? null,
      state: !s.latest ? 'Never drilled' : s.overdue ? 'Overdue' : 'Drilled on time',
      metTarget: s.latest ? s.latest.met_target : null,
    };
  });
  runbooks.sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const stores = dataStores.map((store) => {
    const a = assessStore(store, today);
    return {
      id: store.id,
      name: store.name,
      componentName: findComponent(store.component)?.name ?? store.component,
      approach: recoveryApproaches[store.approach].split(':')[0]!,
      runbookRoute: routes.runbook(store.runbook),
      rpoTargetMinutes: store.rpoTargetMinutes,
      rtoTargetMinutes: store.rtoTargetMinutes,
      achievedRpoMinutes: a.latest?.achievedRpoMinutes ?? null,
      achievedRtoMinutes: a.latest?.achievedRtoMinutes ?? null,
      lastDrill: a.latest?.date ?? null,
      dueBy: a.dueBy ?? null,
      state: drState[a.status],
    };
  });
  return {runbooks, platformTargets: {...platformTargets}, stores};
}
