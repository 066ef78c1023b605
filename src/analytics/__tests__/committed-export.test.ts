import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Snapshot} from '../schema/snapshot';
import {templateRegistry} from '../../../templates/registry';
import {computeSnapshot} from '../snapshot';

/** The committed synthetic export keeps the promises `npm run analytics:generate` makes (issue 14, item 1). */

let s: Snapshot;
beforeAll(async () => {
  s = await computeSnapshot({events: path.resolve(__dirname, '../../../analytics/events.parquet')});
}, 60_000);

const alert = (scope: string) => s.alerts.find((a) => a.scope === scope);

describe('analytics/events.parquet', () => {
  it('is synthetic, says so, and ends on a Thursday inside a partial ISO week', () => {
    expect(s.source).toMatchObject({name: 'events.parquet', synthetic: true});
    expect(s.asOf).toBe('2026-11-26T17:59:30Z');
    expect(s.weeks.at(-1)).toMatchObject({week: '2026-W48', partial: true});
    expect(s.weeks.filter((w) => !w.partial).length).toBeGreaterThanOrEqual(12);
  });

  it('has at least 25 plugins, 2,000 developers overall and 200 active every complete week', () => {
    expect(s.plugins.length).toBeGreaterThanOrEqual(25);
    expect(Math.max(...s.weeks.map((w) => w.activeDevelopers))).toBeGreaterThanOrEqual(2000);
    for (const w of s.weeks.filter((w) => !w.partial)) expect(w.activeDevelopers).toBeGreaterThanOrEqual(200);
  });

  it('fires for one plugin (slack-notify, −30%); jira-bridge drops exactly 20% and does not', () => {
    expect(s.alerts.filter((a) => a.state === 'firing').map((a) => a.scope)).toEqual(['slack-notify']);
    expect(alert('slack-notify')).toMatchObject({week: '2026-W47', current: 28, previous: 40, state: 'firing'});
    expect(alert('jira-bridge')).toMatchObject({current: 20, previous: 25, change: -0.2, state: 'ok'});
    expect(alert('pdf-render')?.state).toBe('no_data');
    expect(s.alerts.some((a) => a.state === 'low_volume')).toBe(true);
  });

  it('has weekday seasonality and a launch spike', () => {
    const byWeekday = [0, 1, 2, 3, 4, 5, 6].map((d) => s.days.filter((x) => new Date(`${x.date}T00:00:00Z`).getUTCDay() === d).reduce((n, x) => n + x.activeDevelopers, 0));
    expect(byWeekday[2]!).toBeGreaterThan(1.5 * byWeekday[0]!); // Tuesdays busier than Sundays
    const installs = s.weeks.map((w) => w.installs);
    const spike = s.weeks.findIndex((w) => w.week === '2026-W41');
    expect(installs[spike]!).toBeGreaterThan(1.15 * installs[spike - 1]!);
  });

  it('covers every archetype and lab, zero-result searches and realistic rates', () => {
    expect(s.templates.archetypes.map((a) => a.archetype).sort()).toEqual(templateRegistry.map((t) => t.archetype).sort());
    expect(s.templates.templateAdoption).toBeGreaterThan(0.55);
    expect(s.templates.templateAdoption).toBeLessThan(0.65);
    expect(s.labs.map((l) => l.lab).sort()).toEqual(['first-plugin', 'incident-drill', 'publish-and-monitor', 'stakeholder-tour']);
    for (const l of s.labs) expect([l.lab, l.completionRate! > 0.6 && l.completionRate! < 0.7]).toEqual([l.lab, true]);
    expect(s.searchTrends.zeroResults.length).toBeGreaterThan(0);
    expect(s.searchTrends.rising.length).toBeGreaterThan(0);
    expect(s.helpfulness.overall).toBeGreaterThan(0.85);
    expect(s.helpfulness.overall).toBeLessThan(0.92);
  });
});
