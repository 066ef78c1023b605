import {components, findComponent, findTeam, teams} from '../../registry';
import type {DrillStanding, ReviewStanding} from './runbook-page';

/** One page of the runbooks knowledge base. */
export interface KnowledgeBaseEntry extends ReviewStanding {
  /** Doc id in the runbooks docs instance. */
  id: string;
  permalink: string;
  title: string;
  description: string;
  kind: string;
  /** Owning team id, for the team filter, and its name. */
  owner: string;
  ownerName: string;
  /** Component ids, for the component filter, and their names. */
  services: string[];
  serviceNames: string[];
  triggers: string[];
  /** Runbooks only: drill standing on the build day. */
  drill?: DrillStanding;
}

/** The knowledge base page: every runbook and guide, and the choices of its filters. */
export interface KnowledgeBaseView {
  entries: KnowledgeBaseEntry[];
  components: {id: string; name: string}[];
  teams: {id: string; name: string}[];
}

/** A runbook named by a trigger, as an error page links to it. */
export interface RunbookLink {
  id: string;
  title: string;
  permalink: string;
}

/** Trigger (alert name or error ID) → the runbooks naming it. */
export type RunbooksByTrigger = Record<string, RunbookLink[]>;

export interface KnowledgeBaseInput extends ReviewStanding {
  id: string;
  permalink: string;
  title: string;
  description: string;
  kind: string;
  owner: string;
  services?: readonly string[];
  triggers?: readonly string[];
  drill?: DrillStanding;
}

/** The knowledge base view, sorted by title, with team and component names resolved. */
export function knowledgeBaseView(pages: readonly KnowledgeBaseInput[]): KnowledgeBaseView {
  const entries = pages
    .map((p): KnowledgeBaseEntry => ({
      ...p,
      ownerName: findTeam(p.owner)?.name ?? p.owner,
      services: [...(p.services ?? [])],
      serviceNames: (p.services ?? []).map((s) => findComponent(s)?.name ?? s),
      triggers: [...(p.triggers ?? [])],
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
  return {
    entries,
    components: components.map((c) => ({id: c.id, name: c.name})),
    teams: teams.map((t) => ({id: t.id, name: t.name})),
  };
}

/** Which runbooks each trigger sends the reader to, in knowledge base order. */
export function runbooksByTrigger(view: KnowledgeBaseView): RunbooksByTrigger {
  const byTrigger: RunbooksByTrigger = {};
  for (const e of view.entries) for (const t of e.triggers) (byTrigger[t] ??= []).push({id: e.id, title: e.title, permalink: e.permalink});
  return byTrigger;
}
