import path from 'node:path';
import ICAL from 'ical.js';
import {beforeAll, describe, expect, it} from 'vitest';
import {compatibilityData, readMigrationSources} from '../../../src/migration-model/load';
import type {CompatibilityData} from '../../../src/migration-model/types';
import {removalsToIcs} from '../ics';

let data: CompatibilityData;
let ics: string;
beforeAll(async () => {
  data = compatibilityData(readMigrationSources(path.resolve('.'))!);
  ics = removalsToIcs(data.rows, {siteUrl: 'https://docs.ax.example'});
});

describe('deprecations.ics', () => {
  it('parses with ical.js as one VCALENDAR with one event per removal', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const removals = data.rows.filter((r) => r.removed);
    expect(events).toHaveLength(removals.length);
    for (const row of removals) {
      const event = events.find((e) => e.uid === `removal-${row.id}@docs.ax.example`);
      expect(event, row.id).toBeDefined();
      expect(event!.startDate.toString()).toBe(row.removalDate);
      expect(event!.startDate.isDate).toBe(true);
      expect(event!.summary).toBe(`${row.id} removed in runtime ${row.removed}`);
      expect(event!.description).toContain(`https://docs.ax.example${row.migrationHref}`);
    }
  });

  it('sorts events by removal date', () => {
    const starts = [...ics.matchAll(/^DTSTART;VALUE=DATE:(\d{8})/gm)].map((m) => m[1]!);
    expect(starts).toEqual([...starts].sort());
  });

  it('has stable, unique UIDs and is byte-identical between runs', () => {
    const uids = [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!.trim());
    expect(new Set(uids).size).toBe(uids.length);
    expect(removalsToIcs(data.rows, {siteUrl: 'https://docs.ax.example'})).toBe(ics);
    expect(uids).toContain('removal-v1.ContextV1.on@docs.ax.example');
  });

  it('follows RFC 5545 line rules: CRLF endings, lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('escapes commas and semicolons in text', () => {
    const [row] = data.rows.filter((r) => r.removed);
    const out = removalsToIcs([{...row!, id: 'v1.a,b;c'}], {siteUrl: 'https://docs.ax.example'});
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(out)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(`v1.a,b;c removed in runtime ${row!.removed}`);
  });
});
