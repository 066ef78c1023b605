import {components, findTeam} from '../content-model/registry';
import type {GraphInput} from '../model/graph-layout';

/** How the platform's components talk to each other; the nodes come from the component registry. */
export const architectureEdges: readonly {from: string; to: string; label: string}[] = [
  {from: 'cli', to: 'templates', label: 'ax plugin init'},
  {from: 'cli', to: 'marketplace', label: 'ax plugin publish'},
  {from: 'marketplace', to: 'governance', label: 'policy checks'},
  {from: 'marketplace', to: 'runtime', label: 'signed bundles'},
  {from: 'runtime', to: 'telemetry', label: 'events + correlation IDs'},
  {from: 'cli', to: 'telemetry', label: 'ax logs'},
  {from: 'telemetry', to: 'marketplace', label: 'adoption analytics'},
  {from: 'docs', to: 'cli', label: 'error deep links'},
];

/** The architecture map as a graph: each component a box with its name and owning team. */
export function architectureGraph(): GraphInput {
  return {
    nodes: components.map((c) => ({id: c.id, lines: [c.name, findTeam(c.owner)?.name ?? c.owner]})),
    edges: architectureEdges,
  };
}
