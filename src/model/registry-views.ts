import {architectureEdges, architectureGraph} from '../site/architecture';
import {layoutGraph, type GraphLayout} from './graph-layout';
import {contentKindPurpose, contentKinds, reviewIntervalDays, type ContentKind} from '../content-model/kinds';
import {components, findTeam, teams, type Team} from '../content-model/registry';

/**
 * View models of the registry pages: plain JSON that the ownership matrix, the architecture map
 * and the review-interval table render, so the registry and its schemas stay on the server.
 */

/** One row of the ownership matrix. */
export interface OwnershipRow {
  id: string;
  name: string;
  summary: string;
  tier: 1 | 2 | 3;
  team: Pick<Team, 'id' | 'name' | 'channel' | 'onCall'>;
}

export interface OwnershipView {
  rows: OwnershipRow[];
  teams: Array<Pick<Team, 'id' | 'name' | 'mission' | 'channel' | 'onCall' | 'escalation'>>;
}

export interface ArchitectureView {
  /** The map, laid out at build time and drawn as SVG. */
  layout: GraphLayout;
  /** The same edges as text, with component names. */
  edges: Array<{key: string; from: string; to: string; label: string}>;
}

export interface ReviewIntervalRow {
  kind: ContentKind;
  purpose: string;
  days: number;
}

export function ownershipView(): OwnershipView {
  return {
    rows: components.map((c) => {
      const t = findTeam(c.owner)!;
      return {id: c.id, name: c.name, summary: c.summary, tier: c.tier, team: {id: t.id, name: t.name, channel: t.channel, onCall: t.onCall}};
    }),
    teams: teams.map(({id, name, mission, channel, onCall, escalation}) => ({id, name, mission, channel, onCall, escalation})),
  };
}

export function architectureView(): ArchitectureView {
  const name = (id: string) => components.find((c) => c.id === id)?.name ?? id;
  return {
    layout: layoutGraph(architectureGraph()),
    edges: architectureEdges.map((e) => ({key: `${e.from}-${e.to}`, from: name(e.from), to: name(e.to), label: e.label})),
  };
}

export function reviewIntervalsView(): ReviewIntervalRow[] {
  return contentKinds.map((kind) => ({kind, purpose: contentKindPurpose[kind], days: reviewIntervalDays[kind]}));
}
