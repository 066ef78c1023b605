import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildKnowledgeBase} from '../knowledge-base';

const siteDir = path.join(__dirname, '__fixtures__', 'site');

describe('buildKnowledgeBase', () => {
  it('indexes every page but the index, with owner, kind, freshness, drill standing and steps', async () => {
    const kb = await buildKnowledgeBase(siteDir, {root: 'runbooks', routeBase: '/runbooks', today: '2026-11-24'});
    expect(kb.entries.map((e) => [e.id, e.kind, e.owner, e.stale])).toEqual([
      ['old-guide', 'guide', 'docs', true],
      ['queue', 'runbook', 'runtime', false],
    ]);
    const queue = kb.entries.find((e) => e.id === 'queue')!;
    expect(queue.permalink).toBe('/runbooks/queue');
    expect(queue.drill).toEqual({
      intervalDays: 30,
      lastDrilled: '2026-10-01',
      dueBy: '2026-10-31',
      overdue: true,
      history: [{endedAt: '2026-10-01T09:12:00.000Z', elapsedSeconds: 720, targetSeconds: 900, metTarget: true, skipped: 0, participants: ['Operations lead: ax-runtime-primary']}],
    });
    expect(queue.steps.map((s) => `${s.id} ${s.text}`)).toEqual([
      'diagnosis-1 Check status.',
      'mitigation-1 Scale out with the command.',
      'recovery-steps-1 Scale back.',
      'verification-1 Queue drained.',
      'comms-1 Post the initial message.',
    ]);
  });

  it('maps each error ID and alert to the runbooks naming it, for the error pages', async () => {
    const kb = await buildKnowledgeBase(siteDir, {root: 'runbooks', routeBase: '/docs-base/runbooks', today: '2026-11-24'});
    expect(kb.byTrigger).toEqual({
      RuntimeQueueSaturated: [{id: 'queue', title: 'Queue saturation', permalink: '/docs-base/runbooks/queue'}],
      AX3031: [{id: 'queue', title: 'Queue saturation', permalink: '/docs-base/runbooks/queue'}],
    });
  });
});
