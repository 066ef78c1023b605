import {findTeam} from '../registry/teams';
import type {GovernancePolicy} from './governance';
import {getSeverity} from './severity';

/** A team as the governance guide shows it: name and channel, read from the registry. */
interface TeamRef {
  name: string;
  channel: string;
}

/** `1 hour`, `4 hours`. */
export function hours(n: number): string {
  return `${n} hour${n === 1 ? '' : 's'}`;
}

function teamRef(id: string): TeamRef {
  const team = findTeam(id);
  if (!team) throw new Error(`Unexpected team "${id}" in the governance policy, expected a team id from the registry`);
  return {name: team.name, channel: team.channel};
}

/** What the governance guide renders: the policy with team ids and severities resolved from their registries. */
export function governanceView(policy: GovernancePolicy) {
  return {
    tiers: policy.tiers.map((t) => ({...t, sla: hours(t.reviewSlaHours)})),
    reportSlas: policy.reportSlas.map((s) => ({label: `${s.severity} ${getSeverity(s.severity).name}`, firstResponse: hours(s.firstResponseHours), decision: hours(s.decisionHours)})),
    escalation: policy.escalation.map((e) => ({step: e.step, when: e.when, team: e.team ? teamRef(e.team) : undefined})),
    reputation: policy.reputationSignals.map((r) => ({signal: r.signal, points: r.points > 0 ? `+${r.points}` : `−${Math.abs(r.points)}`})),
    enforcement: policy.enforcement.map((e) => ({lever: e.lever, when: e.when, decidedBy: teamRef(e.decidedBy)})),
    cadence: policy.cadence.map((c) => ({activity: c.activity, every: c.every, owner: teamRef(c.owner)})),
  };
}

export type GovernanceView = ReturnType<typeof governanceView>;

