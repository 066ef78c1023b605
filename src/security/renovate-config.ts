import type {Finding} from '../checks/finding';
import {pathPositions, type IssuePath} from '../checks/zod-finding';
import {securityFinding} from './findings';
import type {SecurityPolicy} from './policy-schema';

/**
 * What `renovate-config-validator --strict` cannot see: Renovate does not check that presets
 * exist, and knows nothing of our policy. These checks hold `renovate.json` to an allowlist of
 * presets and to the typed policy's schedule, release age, groups and risk labels.
 */

/** Presets `extends` may name: Renovate's own built-ins that we reviewed. A typo or a third-party preset fails. */
export const allowedPresets = ['config:recommended', ':dependencyDashboard', ':semanticCommitsDisabled', 'config:best-practices'] as const;

interface PackageRule {
  matchUpdateTypes?: string[];
  matchPackageNames?: string[];
  groupName?: string;
  addLabels?: string[];
  labels?: string[];
  dependencyDashboardApproval?: boolean;
}

interface RenovateConfig {
  extends?: string[];
  schedule?: string[];
  timezone?: string;
  minimumReleaseAge?: string;
  packageRules?: PackageRule[];
  vulnerabilityAlerts?: {enabled?: boolean; schedule?: string[]};
}

const same = (a: readonly string[] | undefined, b: readonly string[]) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
const list = (v: readonly string[] | undefined) => (v === undefined ? 'nothing' : JSON.stringify(v));

/** Findings for `renovate.json` (its text, so findings carry lines) against the policy. */
export function checkRenovateConfig(text: string, policy: SecurityPolicy, file = 'renovate.json'): Finding[] {
  const config = JSON.parse(text) as RenovateConfig;
  const lineOf = pathPositions(text);
  const at = (path: IssuePath) => {
    for (let n = path.length; n >= 0; n--) {
      const pos = lineOf(path.slice(0, n));
      if (pos) return pos;
    }
    return {line: 1};
  };
  const findings: Finding[] = [];
  const report = (ruleId: string, path: IssuePath, message: string) => findings.push(securityFinding(ruleId, {file, ...at(path), message}));

  (config.extends ?? []).forEach((preset, i) => {
    if (!(allowedPresets as readonly string[]).includes(preset)) report('security/renovate-extends', ['extends', i], `Unexpected preset "${preset}" in "extends", expected one of: ${allowedPresets.join(', ')}`);
  });

  const cadence = policy.updateCadence;
  if (!same(config.schedule, cadence.renovateSchedule)) report('security/renovate-policy', ['schedule'], `Unexpected schedule ${list(config.schedule)}, expected ${list(cadence.renovateSchedule)} (security/policy.ts updateCadence.renovateSchedule)`);
  if (config.timezone !== cadence.timezone) report('security/renovate-policy', ['timezone'], `Unexpected timezone ${config.timezone ? `"${config.timezone}"` : 'nothing'}, expected "${cadence.timezone}"`);
  const age = `${cadence.minimumReleaseAgeDays} days`;
  if (config.minimumReleaseAge !== age) report('security/renovate-policy', ['minimumReleaseAge'], `Unexpected minimumReleaseAge ${config.minimumReleaseAge ? `"${config.minimumReleaseAge}"` : 'nothing'}, expected "${age}"`);

  const rules = config.packageRules ?? [];
  for (const [group, patterns] of Object.entries(cadence.groups)) {
    const i = rules.findIndex((r) => r.groupName === group);
    if (i < 0 || !same(rules[i]!.matchPackageNames, patterns)) report('security/renovate-policy', i < 0 ? ['packageRules'] : ['packageRules', i], `Unexpected ${i < 0 ? 'no rule' : `matchPackageNames ${list(rules[i]!.matchPackageNames)}`} for group "${group}", expected a packageRule with groupName "${group}" matching ${list(patterns)}`);
  }
  for (const risk of policy.riskLabels) {
    const i = rules.findIndex((r) => same(r.matchUpdateTypes, [risk.updateType]) && !r.matchPackageNames);
    const rule = rules[i];
    const labels = [...(rule?.addLabels ?? []), ...(rule?.labels ?? [])];
    if (!rule || !labels.includes(risk.label)) report('security/renovate-policy', i < 0 ? ['packageRules'] : ['packageRules', i], `Unexpected labels ${list(rule ? labels : undefined)} for ${risk.updateType} updates, expected "${risk.label}"`);
    else if (Boolean(rule.dependencyDashboardApproval) !== risk.needsDashboardApproval) report('security/renovate-policy', ['packageRules', i], `Unexpected dependencyDashboardApproval ${Boolean(rule.dependencyDashboardApproval)} for ${risk.updateType} updates, expected ${risk.needsDashboardApproval}`);
  }
  const alerts = config.vulnerabilityAlerts;
  if (alerts?.enabled !== true || !same(alerts.schedule, ['at any time'])) report('security/renovate-policy', ['vulnerabilityAlerts'], `Unexpected vulnerabilityAlerts ${JSON.stringify(alerts ?? null)}, expected enabled with schedule ["at any time"], so security fixes skip the weekly schedule`);
  return findings;
}
