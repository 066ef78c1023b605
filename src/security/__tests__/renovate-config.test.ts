import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {securityPolicy} from '../policy';
import {checkRenovateConfig} from '../renovate-config';

const root = path.resolve(__dirname, '../../..');
const fixture = (name: string) => readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8');

describe('renovate.json against the policy', () => {
  it('the committed config follows the policy and names only allowed presets', () => {
    expect(checkRenovateConfig(readFileSync(path.join(root, 'renovate.json'), 'utf8'), securityPolicy)).toEqual([]);
  });

  it('reports each way a config can stray, with its line', () => {
    const findings = checkRenovateConfig(fixture('renovate-bad.json'), securityPolicy, 'renovate-bad.json');
    expect(findings.map((f) => `${f.line} ${f.ruleId}: ${f.message}`)).toMatchInlineSnapshot(`
      [
        "2 security/renovate-extends: Unexpected preset "github>someone/presets" in "extends", expected one of: config:recommended, :dependencyDashboard, :semanticCommitsDisabled, config:best-practices",
        "2 security/renovate-extends: Unexpected preset "config:recomended" in "extends", expected one of: config:recommended, :dependencyDashboard, :semanticCommitsDisabled, config:best-practices",
        "4 security/renovate-policy: Unexpected schedule ["every weekend"], expected ["before 6am on monday"] (security/policy.ts updateCadence.renovateSchedule)",
        "3 security/renovate-policy: Unexpected timezone "Europe/Berlin", expected "UTC"",
        "5 security/renovate-policy: Unexpected minimumReleaseAge "1 day", expected "3 days"",
        "7 security/renovate-policy: Unexpected matchPackageNames ["@docusaurus/core"] for group "docusaurus", expected a packageRule with groupName "docusaurus" matching ["@docusaurus/*"]",
        "8 security/renovate-policy: Unexpected labels ["risk:medium"] for patch updates, expected "risk:low"",
        "10 security/renovate-policy: Unexpected dependencyDashboardApproval false for major updates, expected true",
        "1 security/renovate-policy: Unexpected vulnerabilityAlerts null, expected enabled with schedule ["at any time"], so security fixes skip the weekly schedule",
      ]
    `);
  });
});
