import {componentSchema, type Component, type ComponentInput} from './schema';
import {teamIds, type TeamId} from './teams';

/** The platform's components and their owners (PRD §2 and §8). */
const componentInputs = [
  {
    id: 'cli',
    name: 'ax CLI',
    summary: 'The `ax` command-line tool: login, scaffolding, validation, publishing and diagnostics.',
    owner: 'cli',
    repoPath: 'packages/cli',
    tier: 1,
  },
  {
    id: 'runtime',
    name: 'Plugin runtime',
    summary: 'Loads, sandboxes, scales and upgrades plugins in production.',
    owner: 'runtime',
    repoPath: 'packages/runtime',
    tier: 1,
  },
  {
    id: 'marketplace',
    name: 'Plugin marketplace',
    summary: 'Plugin listings, the publish pipeline, moderation queue and adoption analytics.',
    owner: 'runtime',
    repoPath: 'services/marketplace',
    tier: 1,
  },
  {
    id: 'telemetry',
    name: 'Telemetry pipeline',
    summary: 'Event ingestion, correlation IDs, dashboards and the exports behind analytics.',
    owner: 'devops',
    repoPath: 'services/telemetry',
    tier: 2,
  },
  {
    id: 'governance',
    name: 'Governance service',
    summary: 'Contribution tiers, policy checks on submissions, review SLAs and enforcement.',
    owner: 'runtime',
    repoPath: 'services/governance',
    tier: 2,
  },
  {
    id: 'templates',
    name: 'Plugin templates',
    summary: 'Reference templates and the generator behind `ax plugin init`.',
    owner: 'cli',
    repoPath: 'packages/templates',
    tier: 3,
  },
  {
    id: 'docs',
    name: 'ax docs',
    summary: 'This site, its typed sources and its checks.',
    owner: 'docs',
    repoPath: 'docs-site',
    tier: 3,
  },
] as const satisfies readonly (ComponentInput & {owner: TeamId})[];

export type ComponentId = (typeof componentInputs)[number]['id'];

export const components: readonly Component[] = componentInputs.map((c) => {
  const parsed = componentSchema.parse(c);
  if (!(teamIds as string[]).includes(parsed.owner)) {
    throw new Error(`Unexpected owner "${parsed.owner}" on component "${parsed.id}", expected one of: ${teamIds.join(', ')}`);
  }
  return parsed;
});

export const componentIds = componentInputs.map((c) => c.id) as [ComponentId, ...ComponentId[]];

/** The component with this id, or undefined. */
export function findComponent(id: string): Component | undefined {
  return components.find((c) => c.id === id);
}

/**
 * The components that run a data store cluster: the `--cluster` values of `ax db` and
 * `ax backup`, and the `cluster` of a store in the disaster recovery model. Listed here, with
 * the components, so the CLI spec and the ops model both read it and neither imports the other.
 */
export const clusters = ['marketplace', 'runtime', 'telemetry', 'governance'] as const satisfies readonly ComponentId[];
