import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import {officeHours} from '../../../src/content-model/registry/office-hours';
import {getTeam} from '../../../src/content-model/registry/teams';
import {officeHoursToIcs} from '../office-hours-ics';

const siteUrl = 'https://docs.ax.example';
const ics = officeHoursToIcs(officeHours, siteUrl);

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // Calendars resolve TZIDs from the feed's own VTIMEZONEs; so does this test.
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  return calendar;
}

/** The first `n` occurrences of an event, as UTC instants. */
function occurrences(event: ICAL.Event, n: number): string[] {
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(next.toJSDate().toISOString());
  return out;
}

describe('office-hours.ics', () => {
  const calendar = parse(ics);
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

  it('parses with ical.js as one calendar with one recurring event per slot', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events.map((e) => e.uid)).toEqual(officeHours.map((s) => `office-hours-${s.id}@docs.ax.example`));
    for (const [i, slot] of officeHours.entries()) {
      const event = events[i]!;
      expect(event.isRecurring()).toBe(true);
      const rrule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect(rrule.freq).toBe('WEEKLY');
      expect(rrule.interval).toBe(slot.everyWeeks);
      expect(rrule.parts.BYDAY).toEqual([slot.weekday]);
      expect(event.startDate.zone?.tzid).toBe(slot.timeZone);
      expect(event.summary).toBe(`ax office hours: ${slot.title}`);
      expect(event.description).toContain(getTeam(slot.hostTeam).name);
      expect(event.description).toContain(slot.channel);
      expect(event.duration.toSeconds()).toBe(slot.durationMinutes * 60);
    }
  });

  it('keeps the local time across daylight-saving changes', () => {
    const cli = events.find((e) => e.uid.startsWith('office-hours-cli-and-first-plugin'))!;
    const dates = occurrences(cli, 40);
    // 15:00 in Berlin: 14:00 UTC in winter (CET), 13:00 UTC in summer (CEST).
    expect(dates[0]).toBe('2026-12-01T14:00:00.000Z');
    expect(dates).toContain('2027-04-06T13:00:00.000Z');
    const ny = events.find((e) => e.uid.startsWith('office-hours-runtime-and-marketplace'))!;
    expect(occurrences(ny, 20)).toContain('2027-03-18T15:00:00.000Z');
  });

  it('repeats a fortnightly slot every other week', () => {
    const onCall = events.find((e) => e.uid.startsWith('office-hours-on-call-and-runbooks'))!;
    expect(occurrences(onCall, 3)).toEqual(['2026-12-09T10:00:00.000Z', '2026-12-23T10:00:00.000Z', '2027-01-06T10:00:00.000Z']);
  });

  it('follows RFC 5545 line rules and is byte-identical between runs', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(officeHoursToIcs(officeHours, siteUrl)).toBe(ics);
  });
});
