import {components, findTeam} from '../content-model/registry';

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

/** The architecture map as Mermaid source, each node labelled with its owning team. */
export function architectureMermaid(): string {
  const nodes = components.map((c) => `  ${c.id}["${c.name}\n(${findTeam(c.owner)?.name ?? c.owner})"]`);
  const edges = architectureEdges.map((e) => `  ${e.from} -->|${e.label}| ${e.to}`);
  return ['flowchart LR', ...nodes, ...edges].join('\n');
}
