import {describe, expect, it} from 'vitest';
import {disasterRecoveryView, governanceGuideView, severityAndRolesView} from '../views/guides';
import {knowledgeBaseView, runbooksByTrigger} from '../views/knowledge-base';

describe('runbook section view models', () => {
  it('lists each role with the severities that staff it, and when each message is due', () => {
    const view = severityAndRolesView();
    expect(view.roles.find((r) => r.id === 'scribe')!.staffedAt).toEqual(['SEV-1']);
    expect(view.roles.find((r) => r.id === 'ops-lead')!.staffedAt).toEqual(['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4']);
    expect(view.commsTiming.map((t) => t.due)).toEqual(['Within 5 minutes of declaring', 'Every 20 minutes while open', expect.stringMatching(/^Within \d+ minutes of resolving$/)]);
  });

  it('judges each data store on the given day, drills newest first, with the runbook linked', () => {
    const view = disasterRecoveryView('2026-11-24');
    expect(view.today).toBe('2026-11-24');
    for (const s of view.stores) {
      expect(s.drills.map((d) => d.date)).toEqual([...s.drills.map((d) => d.date)].sort().reverse());
      expect(s.runbook.href).toMatch(/^\/runbooks\/[a-z-]+$/);
    }
    const warehouse = view.stores.find((s) => s.id === 'telemetry-warehouse')!;
    expect(warehouse.drills.some((d) => !d.rtoMet)).toBe(true);
  });

  it('carries the submission checklist beside the governance tables', () => {
    const view = governanceGuideView();
    expect(view.submissionChecklist[0]).toEqual({id: 'policy', text: expect.any(String), automated: false});
    expect(view.tiers.length).toBeGreaterThan(0);
  });

  it('sorts the knowledge base by title and maps triggers to the runbooks naming them', () => {
    const standing = {lastReviewed: '2026-11-20', reviewDueBy: '2027-02-18', stale: false};
    const page = (id: string, title: string, triggers: string[]) => ({id, title, permalink: `/runbooks/${id}`, description: '', kind: 'runbook', owner: 'runtime', services: ['runtime'], triggers, ...standing});
    const kb = knowledgeBaseView([page('b', 'Beta', ['AX3031']), page('a', 'Alpha', ['AX3031', 'RuntimeQueueSaturated'])]);
    expect(kb.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(kb.entries[0]!.serviceNames).toEqual(['Plugin runtime']);
    expect(runbooksByTrigger(kb)).toEqual({
      AX3031: [{id: 'a', title: 'Alpha', permalink: '/runbooks/a'}, {id: 'b', title: 'Beta', permalink: '/runbooks/b'}],
      RuntimeQueueSaturated: [{id: 'a', title: 'Alpha', permalink: '/runbooks/a'}],
    });
  });
});
