import {describe, expect, it} from 'vitest';
import {securityPolicy as data} from '../../../security/policy';
import {zodProblems} from '../../checks/zod-finding';
import {alertNames} from '../../content-model/ops/alerts';
import {componentIds} from '../../content-model/registry/components';
import {securityPolicy} from '../policy';
import {securityPolicySchema} from '../policy-schema';
import {cvssBand, fixWithin, formatHours, riskLabel} from '../policy-text';

const problems = (input: unknown) => {
  const parsed = securityPolicySchema.safeParse(input);
  return parsed.success ? [] : zodProblems(parsed.error, {input}).map((p) => p.message);
};

describe('the security policy', () => {
  it('parses, and names only known alerts and components', () => {
    expect(securityPolicy.severitySlas[0]).toMatchObject({severity: 'critical', fixWithinHours: 24});
    for (const s of securityPolicy.severitySlas) if (s.alert) expect(alertNames.has(s.alert)).toBe(true);
    for (const scan of securityPolicy.scanCoverage) for (const c of scan.components) expect(componentIds).toContain(c);
  });

  it('words its facts for the pages', () => {
    expect([fixWithin('critical'), fixWithin('high'), formatHours(1), riskLabel('major')]).toEqual(['24 hours', '7 days', '1 hour', 'risk:high']);
    expect(securityPolicy.severitySlas.map((s) => cvssBand(s.severity))).toMatchInlineSnapshot(`
      [
        "CVSS 9.0 or above",
        "CVSS 7.0 to 8.9",
        "CVSS 4.0 to 6.9",
        "CVSS 0.1 to 3.9",
      ]
    `);
  });

  it('rejects bad edits with the house wording', () => {
    const bad = {
      label: {...data, riskLabels: [{...data.riskLabels[0], label: 'risk:none'}, data.riskLabels[1], data.riskLabels[2]]},
      order: {...data, severitySlas: [data.severitySlas[1], data.severitySlas[0], data.severitySlas[2], data.severitySlas[3]]},
      negative: {...data, severitySlas: [{...data.severitySlas[0], fixWithinHours: -1}, ...data.severitySlas.slice(1)]},
    };
    expect(Object.fromEntries(Object.entries(bad).map(([k, v]) => [k, problems(v)]))).toMatchInlineSnapshot(`
      {
        "label": [
          "Unexpected "risk:none" for "riskLabels.0.label", expected risk:low, risk:medium or risk:high",
        ],
        "negative": [
          "Unexpected number -1 for "severitySlas.0.fixWithinHours", expected a number > 0",
        ],
        "order": [
          "Unexpected list [{"severity":"high","minCvss":7,"fixWithinHours":168,"fai... for "severitySlas", expected one SLA per severity in the order critical, high, medium, low",
        ],
      }
    `);
  });
});
