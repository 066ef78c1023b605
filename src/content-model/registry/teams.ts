import {teamSchema, type Team, type TeamInput} from './schema';

/**
 * The squads of PRD §8, plus the docs team that keeps this site.
 * Every owner, channel, rotation and escalation alias on the site is read from here.
 */
const teamInputs = [
  {
    id: 'cli',
    name: 'CLI/TypeScript Squad',
    mission: 'The ax CLI, plugin templates, error messages, onboarding flows and accessibility.',
    channel: '#ax-cli',
    onCall: 'ax-cli-primary',
    escalation: {role: 'CLI engineering lead', contact: 'cli-leads@ax.example', afterMinutes: 15},
    headcount: 3,
  },
  {
    id: 'quality',
    name: 'Quality Squad',
    mission: 'Integration testing, production readiness, test-suite growth and documentation QA.',
    channel: '#ax-quality',
    onCall: 'ax-quality-primary',
    escalation: {role: 'Quality engineering lead', contact: 'quality-leads@ax.example', afterMinutes: 30},
    headcount: 3,
  },
  {
    id: 'runtime',
    name: 'Runtime Squad',
    mission: 'The plugin runtime, the marketplace and its analytics, governance workflows and migration safety nets.',
    channel: '#ax-runtime',
    onCall: 'ax-runtime-primary',
    escalation: {role: 'Runtime engineering lead', contact: 'runtime-leads@ax.example', afterMinutes: 15},
    headcount: 3,
  },
  {
    id: 'devops',
    name: 'DevOps Squad',
    mission: 'Infrastructure, telemetry pipelines, dependency and security automation, CI/CD, disaster recovery and runbooks.',
    channel: '#ax-devops',
    onCall: 'ax-devops-primary',
    escalation: {role: 'DevOps lead', contact: 'devops-leads@ax.example', afterMinutes: 10},
    headcount: 2,
  },
  {
    id: 'product',
    name: 'Product Management',
    mission: 'Roadmap, success metrics, governance policy sign-off and the stakeholder handoff.',
    channel: '#ax-product',
    onCall: 'ax-product-business-hours',
    escalation: {role: 'Product manager', contact: 'product@ax.example', afterMinutes: 60},
    headcount: 1,
  },
  {
    id: 'docs',
    name: 'Docs Team',
    mission: 'This site: the content model, the docs checks and the contributor experience.',
    channel: '#ax-docs',
    onCall: 'ax-docs-business-hours',
    escalation: {role: 'Quality engineering lead', contact: 'quality-leads@ax.example', afterMinutes: 60},
    headcount: 2,
    parent: 'quality',
  },
] as const satisfies readonly TeamInput[];

export type TeamId = (typeof teamInputs)[number]['id'];

export const teams: readonly Team[] = teamInputs.map((t) => teamSchema.parse(t));

export const teamIds = teamInputs.map((t) => t.id) as [TeamId, ...TeamId[]];

const byId = new Map(teams.map((t) => [t.id, t]));

/** The team with this id, or undefined. */
export function findTeam(id: string): Team | undefined {
  return byId.get(id);
}

/** The team with this id; throws with the list of valid ids otherwise. */
export function getTeam(id: string): Team {
  const team = byId.get(id);
  if (!team) {
    throw new Error(`Unexpected team id "${id}", expected one of: ${teamIds.join(', ')}`);
  }
  return team;
}
