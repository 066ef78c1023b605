import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {operationsView, supportModelView} from '../views/ops-views';
import {maintenanceSecurityView, openCountText, trainingView} from '../views/training-views';

const repo = path.resolve(__dirname, '../../..');
const today = '2026-12-01';

describe('operations view of the repo', () => {
  it('words each runbook drill state, with dates only when drilled', async () => {
    const {runbooks, stores, platformTargets} = await operationsView(repo, today);
    expect(runbooks.length).toBeGreaterThan(5);
    for (const r of runbooks) {
      expect(['Drilled on time', 'Overdue', 'Never drilled']).toContain(r.state);
      expect(r.lastDrilled === null).toBe(r.state === 'Never drilled');
      expect(r.route).toBe(`/runbooks/${r.id}`);
    }
    expect(platformTargets).toEqual({rpoMinutes: 15, rtoMinutes: 30});
    for (const s of stores) {
      expect(s.achievedRpoMinutes === null).toBe(s.state === 'Never drilled');
      if (s.state === 'Met') expect(s.achievedRpoMinutes! <= s.rpoTargetMinutes && s.achievedRtoMinutes! <= s.rtoTargetMinutes).toBe(true);
    }
  }, 60_000);
});

describe('support and training views', () => {
  it('give every team its on-call rotation and escalation', () => {
    for (const t of supportModelView().teams) expect([t.onCall, t.escalationRole, t.escalationContact].every(Boolean)).toBe(true);
  });

  it('list the labs, recordings and office hours, and take the training KPIs from the scorecard rows given', async () => {
    const v = await trainingView(repo, today, []);
    expect(v.labs.length).toBeGreaterThan(0);
    expect(v.recordings.every((r) => r.route === `/docs/recordings/${r.id}`)).toBe(true);
    expect(v.officeHours.map((o) => o.when)).toMatchInlineSnapshot(`
      [
        "Every Tuesday at 15:00 Europe/Berlin, 45 minutes",
        "Every Thursday at 11:00 America/New_York, 60 minutes",
        "Every other Wednesday at 10:00 Europe/London, 45 minutes",
      ]
    `);
    expect(v.kpis).toEqual([]);
  });
});

describe('maintenance and security view', () => {
  it.each([
    [null, 'No data'],
    [0, '0'],
    [3, '3'],
  ] as const)('an open count of %s shows %s', (count, text) => {
    expect(openCountText(count)).toBe(text);
  });

  it('without scans, every open count is No data, never 0', () => {
    const v = maintenanceSecurityView(undefined);
    expect(v.open.map((o) => `${o.severity}: ${openCountText(o.count)}`)).toMatchInlineSnapshot(`
      [
        "critical: No data",
        "high: No data",
        "medium: No data",
        "low: No data",
      ]
    `);
    expect(v.asOf).toBeNull();
  });
});
