import {describe, expect, it} from 'vitest';
import {kpis} from '../../../handoff/kpis';
import {readinessItems} from '../../../handoff/readiness';
import {signoffDomains} from '../../content-model/registry/signers';
import {judgeItem, type ReadinessCheck, type ReadinessFacts} from '../readiness';
import {readReadinessFacts} from '../readiness-facts';

const repo = new URL('../../..', import.meta.url).pathname;
const clean: ReadinessFacts = {overdueRunbooks: [], openCritical: 0, pa11yErrors: 0, testsPassing: 1, unsourcedKpis: []};
const item = (check: ReadinessCheck) => ({id: check, domain: 'operations' as const, text: 't', evidence: '/runbooks', check});

describe('judgeItem', () => {
  it.each([
    ['runbooks-drilled', clean, 'Met'],
    ['runbooks-drilled', {...clean, overdueRunbooks: ['backup-restore']}, 'Not met'],
    ['runbooks-drilled', {...clean, overdueRunbooks: null}, 'Not measured'],
    ['no-open-critical', clean, 'Met'],
    ['no-open-critical', {...clean, openCritical: 2}, 'Not met'],
    ['no-open-critical', {...clean, openCritical: null}, 'Not measured'],
    ['pa11y-clean', {...clean, pa11yErrors: 3}, 'Not met'],
    ['pa11y-clean', {...clean, pa11yErrors: null}, 'Not measured'],
    ['tests-passing', {...clean, testsPassing: 0.99}, 'Not met'],
    ['tests-passing', {...clean, testsPassing: null}, 'Not measured'],
    ['kpis-sourced', {...clean, unsourcedKpis: ['uptime']}, 'Not met'],
    ['attested', clean, 'Attested in sign-off'],
  ] as const)('%s on %j → %s', (check, facts, state) => {
    expect(judgeItem(item(check), facts).state).toBe(state);
  });

  it('names what is missing', () => {
    expect(judgeItem(item('runbooks-drilled'), {...clean, overdueRunbooks: ['a', 'b']}).detail).toMatchInlineSnapshot(`"Overdue or never drilled: a, b."`);
  });
});

describe('the checklist', () => {
  it('has items in every domain, each linking a site route', () => {
    expect(new Set(readinessItems.map((i) => i.domain))).toEqual(new Set(signoffDomains));
    for (const i of readinessItems) expect(i.evidence).toMatch(/^\/[a-z]/);
  });

  it('reads the repo: the undrilled runbook shows, and no evidence file means Not measured', async () => {
    const facts = await readReadinessFacts(repo, '2026-12-01', '2026-12-01T12:00:00Z', kpis);
    expect(facts.overdueRunbooks).toContain('marketplace-installs-drop');
    expect(facts.pa11yErrors).toBeNull();
    expect(facts.testsPassing).toBeNull();
    expect(facts.unsourcedKpis).toEqual(['community-plugins', 'uptime', 'stakeholders-trained']);
  });
});
