import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadRunbooksContent} from '../content';
import {dataFiles} from '../data-files';

const siteDir = path.join(__dirname, '__fixtures__', 'site');
const load = () => loadRunbooksContent(siteDir, {today: '2026-11-24', errorTitle: (id) => (id === 'AX3031' ? 'Invocation queue full' : undefined)});

describe('loadRunbooksContent', () => {
  it('indexes every page but the index, with owner, kind, freshness and drill standing', async () => {
    const {knowledgeBase: kb} = await load();
    expect(kb.entries.map((e) => [e.id, e.kind, e.owner, e.ownerName, e.stale])).toEqual([
      ['old-guide', 'guide', 'docs', 'Docs Team', true],
      ['queue', 'runbook', 'runtime', 'Runtime Squad', false],
    ]);
    const queue = kb.entries.find((e) => e.id === 'queue')!;
    expect(queue.permalink).toBe('/runbooks/queue');
    expect(queue.serviceNames).toEqual(['Plugin runtime']);
    expect(queue.drill).toEqual({
      intervalDays: 30,
      lastDrilled: '2026-10-01',
      dueBy: '2026-10-31',
      overdue: true,
      history: [{endedAt: '2026-10-01T09:12:00.000Z', elapsedSeconds: 720, targetSeconds: 900, metTarget: true, skipped: 0, participants: ['Operations lead: ax-runtime-primary']}],
    });
  });

  it("builds each runbook page's view: facts, drill steps and comms fields", async () => {
    const [queue, ...others] = (await load()).runbooks;
    expect(others).toEqual([]);
    expect(queue!.id).toBe('queue');
    expect(queue!.meta.severity).toEqual({id: 'SEV-2', name: 'Major', ackMinutes: expect.any(Number), href: '/runbooks/severity-and-roles#severity-levels'});
    expect(queue!.meta.triggers).toEqual([
      {name: 'RuntimeQueueSaturated', kind: 'alert', condition: expect.any(String)},
      {name: 'AX3031', kind: 'error', href: '/errors/AX3031', title: 'Invocation queue full'},
    ]);
    expect(queue!.meta.review).toEqual({lastReviewed: '2026-11-20', reviewDueBy: '2027-02-18', stale: false});
    expect(queue!.steps.map((s) => `${s.id} ${s.text}`)).toEqual([
      'diagnosis-1 Check status.',
      'mitigation-1 Scale out with the command.',
      'recovery-steps-1 Scale back.',
      'verification-1 Queue drained.',
      'comms-1 Post the initial message.',
    ]);
    expect(queue!.comms.fields).toEqual({title: 'Queue saturation', severity: 'SEV-2 Major', services: 'Plugin runtime', channel: '#ax-runtime'});
    expect(queue!.comms.messages.map((m) => [m.stage, m.when, m.nextUpdateAfterMinutes])).toEqual([
      ['initial', 'within 5 minutes of declaring', 25],
      ['update', 'every 20 minutes until resolved', 20],
      ['resolution', expect.stringMatching(/^within \d+ minutes of resolving$/), undefined],
    ]);
  });

  it('maps each error ID and alert to the runbooks naming it, for the error pages', async () => {
    expect((await load()).byTrigger).toEqual({
      RuntimeQueueSaturated: [{id: 'queue', title: 'Queue saturation', permalink: '/runbooks/queue'}],
      AX3031: [{id: 'queue', title: 'Queue saturation', permalink: '/runbooks/queue'}],
    });
  });

  it('writes the section views as data files; each runbook\'s own view goes to its route instead', async () => {
    expect(Object.keys(dataFiles(await load())).sort()).toEqual(['disaster-recovery.json', 'governance.json', 'knowledge-base.json', 'runbooks-by-trigger.json', 'severity-and-roles.json']);
  });
});
