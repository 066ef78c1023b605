import {describe, expect, it} from 'vitest';
import {
  assessStore,
  checklistProgress,
  commsSchedule,
  commsTemplateSchema,
  commsTemplates,
  computeDrillResult,
  dataStores,
  dataStoreSchema,
  drillLogSchema,
  drillStatus,
  fillTemplate,
  formatDuration,
  governancePolicy,
  governanceView,
  platformTargets,
  type DataStore,
} from '..';

describe('comms templates', () => {
  it('sends the first message within 5 minutes and updates every 20 minutes', () => {
    const byStage = Object.fromEntries(commsTemplates.map((t) => [t.stage, t]));
    expect(byStage.initial!.dueWithinMinutes).toBe(5);
    expect(byStage.update!.everyMinutes).toBe(20);
    expect(byStage.resolution!.dueWithinMinutes).toBeGreaterThan(0);
    for (const t of commsTemplates) expect(t.audience.length).toBeGreaterThan(0);
  });

  it.each([
    [10, ['initial@5', 'resolution@25']],
    [30, ['initial@5', 'update@25', 'resolution@45']],
    [70, ['initial@5', 'update@25', 'update@45', 'update@65', 'resolution@85']],
  ])('schedules the messages of an incident resolved after %i minutes', (resolvedAfter, expected) => {
    expect(commsSchedule(resolvedAfter).map((d) => `${d.stage}@${d.atMinute}`)).toEqual(expected);
  });

  it('fills placeholders and keeps missing ones visible', () => {
    expect(fillTemplate('[{severity}] {incident_id}: {title}', {severity: 'SEV-1 Critical', title: ' Runtime down '})).toBe('[SEV-1 Critical] <incident_id>: Runtime down');
  });

  it('uses only the incident fields it documents', () => {
    for (const t of commsTemplates) {
      for (const [, key] of t.text.matchAll(/\{([a-z_]+)\}/g)) expect(['incident_id', 'title', 'severity', 'services', 'impact', 'status', 'next_update', 'commander', 'channel']).toContain(key);
    }
  });

  it('rejects an update template without a cadence', () => {
    const bad = commsTemplateSchema.safeParse({stage: 'update', name: 'Update', audience: ['a'], channels: ['b'], text: 'x'});
    expect(bad.success).toBe(false);
  });
});

describe('drill results', () => {
  const steps = [
    {id: 'diagnosis-1', section: 'Diagnosis', text: 'Check status'},
    {id: 'mitigation-1', section: 'Mitigation', text: 'Scale out'},
    {id: 'verification-1', section: 'Verification', text: 'Queue drained'},
  ];
  const start = new Date('2026-11-20T10:00:00Z');
  const at = (s: number) => new Date(start.getTime() + s * 1000);

  it.each([
    ['every step within target', 600, ['diagnosis-1', 'mitigation-1', 'verification-1'], true, []],
    ['a skipped step', 600, ['diagnosis-1', 'verification-1'], false, ['mitigation-1']],
    ['over the 15-minute target', 901, ['diagnosis-1', 'mitigation-1', 'verification-1'], false, []],
    ['exactly at the target', 900, ['diagnosis-1', 'mitigation-1', 'verification-1'], true, []],
  ])('judges %s', (_name, seconds, done, met, skipped) => {
    const log = computeDrillResult({runbook: 'runtime-scaling', startedAt: start, endedAt: at(seconds as number), steps, done: new Set(done as string[])});
    expect(log.elapsed_seconds).toBe(seconds);
    expect(log.target_seconds).toBe(900);
    expect(log.met_target).toBe(met);
    expect(log.skipped).toEqual(skipped);
    expect(drillLogSchema.parse(log)).toEqual(log);
  });

  it('formats durations', () => {
    expect([0, 59, 61, 900, 3725].map(formatDuration)).toEqual(['00:00', '00:59', '01:01', '15:00', '1:02:05']);
  });

  it('computes the last drilled date and whether a drill is overdue', () => {
    const log = (ended: string) => ({...computeDrillResult({runbook: 'r', startedAt: new Date(`${ended}T09:00:00Z`), endedAt: new Date(`${ended}T09:10:00Z`), steps, done: new Set()})});
    expect(drillStatus([], 90, '2026-11-24')).toEqual({overdue: true});
    const s = drillStatus([log('2026-06-01'), log('2026-09-01')], 90, '2026-11-24');
    expect(s).toMatchObject({lastDrilled: '2026-09-01', dueBy: '2026-11-30', overdue: false});
    expect(drillStatus([log('2026-08-01')], 90, '2026-11-24')).toMatchObject({dueBy: '2026-10-30', overdue: true});
  });
});

describe('disaster recovery targets', () => {
  const store = (drills: DataStore['drills']): DataStore => ({...dataStores[0]!, rpoTargetMinutes: 5, rtoTargetMinutes: 15, drillIntervalDays: 90, drills});
  const drill = (date: string, rpo: number, rto: number) => ({date, kind: 'failover' as const, achievedRpoMinutes: rpo, achievedRtoMinutes: rto, notes: 'n'});

  it.each([
    ['met', [drill('2026-11-01', 5, 15)], 'met', true, true],
    ['missed RPO', [drill('2026-11-01', 6, 10)], 'missed', false, true],
    ['missed RTO', [drill('2026-11-01', 1, 16)], 'missed', true, false],
    ['judged on the newest drill only', [drill('2026-11-01', 1, 9), drill('2026-08-01', 9, 40)], 'met', true, true],
    ['overdue', [drill('2026-07-01', 1, 9)], 'overdue', true, true],
  ])('%s', (_name, drills, status, rpoMet, rtoMet) => {
    expect(assessStore(store(drills), '2026-11-24')).toMatchObject({status, rpoMet, rtoMet});
  });

  it('reports a store never drilled', () => {
    expect(assessStore(store([]), '2026-11-24').status).toBe('never-drilled');
  });

  it('refuses targets looser than the PRD', () => {
    const result = dataStoreSchema.safeParse({...dataStores[0]!, rtoTargetMinutes: platformTargets.rtoMinutes + 1});
    expect(result.success).toBe(false);
  });

  it('has every production store within target today', () => {
    for (const s of dataStores) expect([s.id, assessStore(s, '2026-11-24').status]).toEqual([s.id, 'met']);
  });
});

describe('governance rendering', () => {
  const view = governanceView(governancePolicy);

  it('takes owners and channels from the team registry', () => {
    expect(view.cadence.map((c) => `${c.owner.name} ${c.owner.channel}`)).toContain('Runtime Squad #ax-runtime');
    expect(view.enforcement.at(-1)!.decidedBy.name).toBe('Product Management');
    expect(view.escalation.filter((e) => e.team).length).toBeGreaterThan(0);
  });

  it('renders review SLAs per tier and severity', () => {
    expect(view.tiers.map((t) => `${t.name}: ${t.sla}`)).toMatchInlineSnapshot(`
      [
        "Newcomer: 72 hours",
        "Contributor: 48 hours",
        "Trusted publisher: 24 hours",
        "Community maintainer: 8 hours",
      ]
    `);
    expect(view.reportSlas[0]).toEqual({label: 'SEV-1 Critical', firstResponse: '1 hour', decision: '4 hours'});
  });

  it('signs reputation points', () => {
    expect(view.reputation.map((r) => r.points)).toEqual(['+10', '+15', '+50', '−100', '−200']);
  });

  it('includes policy acceptance, automated lint and required metadata in the submission checklist', () => {
    expect(governancePolicy.submissionChecklist.map((i) => i.id)).toEqual(expect.arrayContaining(['policy', 'lint', 'metadata']));
    const items = governancePolicy.submissionChecklist;
    expect(checklistProgress(items, new Set(['policy', 'retired-item']))).toEqual({done: 1, total: items.length, ready: false});
    expect(checklistProgress(items, new Set(items.map((i) => i.id))).ready).toBe(true);
  });
});
