import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Snapshot} from '../schema/snapshot';
import {computeSnapshot} from '../snapshot';

/**
 * Every metric against small fixtures whose figures were computed by hand; the comment above
 * each expectation says how. Fixture lines are deliberately out of time order.
 */

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);
const snapshots: Record<string, Snapshot> = {};
const load = async (name: string) => (snapshots[name] ??= await computeSnapshot({events: fixture(name)}));

beforeAll(async () => {
  for (const name of ['weeks.ndjson', 'funnel.ndjson', 'cohorts.ndjson', 'alerts.ndjson', 'trends-and-totals.ndjson', 'one-event.ndjson']) await load(name);
}, 60_000);

describe('weeks and days (weeks.ndjson, asOf Wednesday 2026-11-25 12:00)', () => {
  it('asOf is the newest ts, firstEvent the oldest, whatever the line order', () => {
    expect([snapshots['weeks.ndjson']!.asOf, snapshots['weeks.ndjson']!.firstEvent]).toEqual(['2026-11-25T12:00:00Z', '2026-11-02T10:00:00Z']);
  });

  it.each([
    // W45: 4 searches; s1 converted by an install exactly 24 h later (inclusive), s2 not (24 h + 1 s),
    // s3 not (the install came before the search), s4 converted by an install in W46 (counted in the search's week).
    {week: '2026-W45', start: '2026-11-02', partial: false, activeDevelopers: 3, installs: 3, searches: 4, searchConversion: 0.5},
    // W46: no searches: conversion is null, not 0.
    {week: '2026-W46', start: '2026-11-09', partial: false, activeDevelopers: 2, installs: 1, searches: 0, searchConversion: null},
    // W47: one search, no install.
    {week: '2026-W47', start: '2026-11-16', partial: false, activeDevelopers: 1, installs: 0, searches: 1, searchConversion: 0},
    // W48 holds asOf: incomplete.
    {week: '2026-W48', start: '2026-11-23', partial: true, activeDevelopers: 1, installs: 0, searches: 0, searchConversion: null},
  ])('$week', (week) => {
    expect(snapshots['weeks.ndjson']!.weeks.find((w) => w.week === week.week)).toEqual(week);
  });

  it('has every day from the first event to asOf, days without events as 0', () => {
    const days = snapshots['weeks.ndjson']!.days;
    expect(days).toHaveLength(24);
    expect(days.slice(0, 8).map((d) => d.activeDevelopers)).toEqual([1, 1, 1, 1, 1, 0, 1, 1]);
    expect(days.at(-1)).toEqual({date: '2026-11-25', activeDevelopers: 1});
  });
});

describe('funnel (funnel.ndjson, asOf 2026-11-30 12:00, cutoff 2026-10-24 12:00)', () => {
  it('counts pairs first viewed 37 days before asOf, not 36; installs within 7 days of the first view; retention from the earliest install', () => {
    const s = snapshots['funnel.ndjson']!;
    // viewed: (a,billing) at exactly −37 d, (c,billing), (d,slack), (e,slack), (a,slack); (b,billing) at −36 d is outside.
    // installed: (a,billing) exactly 7 d after its view, (d,slack), (a,slack); (c,billing) 7 d + 1 s after its first view; (e,slack) installed before viewing.
    // retained: (a,billing) active exactly 30 d after install, (a,slack); (d,slack) active 29 d 23:59:59 after its earliest install.
    expect(s.funnel).toEqual({viewed: 5, installed: 3, retained: 2});
    expect(Object.fromEntries(s.plugins.map((p) => [p.plugin, p.funnel]))).toEqual({
      'billing-sync': {viewed: 2, installed: 1, retained: 1},
      'slack-notify': {viewed: 3, installed: 2, retained: 1},
    });
  });
});

describe('cohorts (cohorts.ndjson, asOf in 2026-W48)', () => {
  it('retention[0] is 1, later weeks are the share of pairs active that week, weeks not complete are null', () => {
    const rows = snapshots['cohorts.ndjson']!.cohorts.map((c) => [c.scope, c.cohort, c.start, c.size, c.retention]);
    expect(rows).toEqual([
      // (a,p1), (b,p1), (c,p2): W46 only (a,p1) active; W47 (a,p1) and (b,p1); W48 is partial. A second install and activity before the cohort don't count.
      ['overall', '2026-W45', '2026-11-02', 3, [1, 1 / 3, 2 / 3, null]],
      ['overall', '2026-W47', '2026-11-16', 1, [1, null]],
      // A cohort in the partial week has only retention[0].
      ['overall', '2026-W48', '2026-11-23', 1, [1]],
      ['p1', '2026-W45', '2026-11-02', 2, [1, 0.5, 1, null]],
      ['p2', '2026-W45', '2026-11-02', 1, [1, 0, 0, null]],
      ['p2', '2026-W47', '2026-11-16', 1, [1, null]],
      ['p3', '2026-W48', '2026-11-23', 1, [1]],
    ]);
  });
});

describe('alerts (alerts.ndjson: last complete week 2026-W47, previous 2026-W46)', () => {
  it.each([
    // 41 → 33: −19.5%, not below −20%.
    {scope: 'overall', current: 33, previous: 41, change: -8 / 41, state: 'ok'},
    {scope: 'big-drop', current: 7, previous: 10, change: -0.3, state: 'firing'},
    // Exactly −20% does not fire.
    {scope: 'exact-drop', current: 8, previous: 10, change: -0.2, state: 'ok'},
    {scope: 'new-plugin', current: 5, previous: 0, change: null, state: 'no_data'},
    {scope: 'small', current: 1, previous: 9, change: -8 / 9, state: 'low_volume'},
    {scope: 'steady', current: 12, previous: 12, change: 0, state: 'ok'},
    {scope: 'viewed-only', current: 0, previous: 0, change: null, state: 'no_data'},
  ])('$scope: $state', (alert) => {
    expect(snapshots['alerts.ndjson']!.alerts.find((a) => a.scope === alert.scope)).toEqual({...alert, week: '2026-W47'});
  });

  it('lists overall first, then plugins by id', () => {
    expect(snapshots['alerts.ndjson']!.alerts.map((a) => a.scope)).toEqual(['overall', 'big-drop', 'exact-drop', 'new-plugin', 'small', 'steady', 'viewed-only']);
  });

  it('ranks top plugins by last complete week installs, then all installs, then id', () => {
    const plugins = snapshots['alerts.ndjson']!.plugins;
    // big-drop: 7 in W47 and 30 overall (20 in the partial W48) ranks below exact-drop's 8.
    expect(plugins.map((p) => [p.plugin, p.installsLastWeek, p.installs])).toEqual([
      ['steady', 12, 24],
      ['exact-drop', 8, 18],
      ['big-drop', 7, 37],
      ['new-plugin', 5, 5],
      ['small', 1, 10],
      ['viewed-only', 0, 0],
    ]);
    expect(plugins.find((p) => p.plugin === 'big-drop')!.weeklyInstalls.slice(-3)).toEqual([
      {week: '2026-W46', installs: 10},
      {week: '2026-W47', installs: 7},
      {week: '2026-W48', installs: 20},
    ]);
  });
});

describe('search trends, templates, labs, helpfulness (trends-and-totals.ndjson)', () => {
  it('compares normalised queries in the last complete week with the week before', () => {
    expect(snapshots['trends-and-totals.ndjson']!.searchTrends).toEqual({
      week: '2026-W47',
      top: [
        {query: 'billing', current: 3, previous: 2},
        {query: 'sap connector', current: 2, previous: 1},
        {query: 'new thing', current: 1, previous: 0},
        {query: 'slack', current: 1, previous: 3},
        {query: 'terraform', current: 1, previous: 0},
      ],
      // All rose by 1: ties by current, then alphabetical.
      rising: [
        {query: 'billing', current: 3, previous: 2},
        {query: 'sap connector', current: 2, previous: 1},
        {query: 'new thing', current: 1, previous: 0},
        {query: 'terraform', current: 1, previous: 0},
      ],
      zeroResults: [
        {query: 'sap connector', searches: 2},
        {query: 'terraform', searches: 1},
      ],
    });
  });

  it('counts template inits per archetype and the share of published plugins from a template', () => {
    expect(snapshots['trends-and-totals.ndjson']!.templates).toEqual({
      archetypes: [
        {archetype: 'auth', inits: 3, share: 0.75},
        {archetype: 'data-sync', inits: 1, share: 0.25},
      ],
      templateAdoption: 2 / 3,
    });
  });

  it('counts lab starters as distinct users who started or completed', () => {
    expect(snapshots['trends-and-totals.ndjson']!.labs).toEqual([
      {lab: 'first-plugin', started: 3, completed: 2, completionRate: 2 / 3},
      {lab: 'incident-drill', started: 1, completed: 0, completionRate: 0},
    ]);
  });

  it('shares feedback rated up, overall and per page', () => {
    expect(snapshots['trends-and-totals.ndjson']!.helpfulness).toEqual({
      overall: 0.75,
      responses: 4,
      pages: [
        {page: '/docs/a', up: 2, down: 1, share: 2 / 3},
        {page: '/docs/b', up: 1, down: 0, share: 1},
      ],
    });
  });
});

describe('an export of one event (no complete week, nothing to count)', () => {
  it('says "no data" with nulls and empty lists, never zeros for ratios', () => {
    const s = snapshots['one-event.ndjson']!;
    expect(s.asOf).toBe('2026-11-25T12:00:00.250000Z');
    expect(s.weeks).toEqual([{week: '2026-W48', start: '2026-11-23', partial: true, activeDevelopers: 1, installs: 0, searches: 0, searchConversion: null}]);
    expect([s.alerts, s.cohorts, s.labs]).toEqual([[], [], []]);
    expect(s.searchTrends).toEqual({week: null, top: [], rising: [], zeroResults: []});
    expect(s.templates).toEqual({archetypes: [], templateAdoption: null});
    expect(s.helpfulness).toEqual({overall: null, responses: 0, pages: []});
    expect(s.source).toEqual({name: 'one-event.ndjson', synthetic: false, events: 1});
  });
});
