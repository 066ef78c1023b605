import {routes} from '../../src/routes/table';
import {getTeam} from '../../src/content-model/registry/teams';
import type {OfficeHoursSlot, OfficeHoursTimeZone} from '../../src/content-model/registry/office-hours';

/**
 * VTIMEZONE rules of the zones office hours may use (RFC 5545 §3.6.5), written out because
 * calendars need them to place a recurring local time across daylight-saving changes. The
 * rules are the EU's (last Sunday of March and October) and the US's (second Sunday of March,
 * first Sunday of November), in force since 1996 and 2007.
 */
const vtimezones: Record<OfficeHoursTimeZone, string[]> = {
  'Europe/Berlin': zone('Europe/Berlin', '+0100', '+0200', 'CET', 'CEST', eu),
  'Europe/London': zone('Europe/London', '+0000', '+0100', 'GMT', 'BST', eu),
  'America/New_York': zone('America/New_York', '-0500', '-0400', 'EST', 'EDT', us),
  UTC: ['BEGIN:VTIMEZONE', 'TZID:UTC', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0000', 'TZNAME:UTC', 'END:STANDARD', 'END:VTIMEZONE'],
};

function eu(): {daylight: string[]; standard: string[]} {
  return {daylight: ['DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'], standard: ['DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']};
}
function us(): {daylight: string[]; standard: string[]} {
  return {daylight: ['DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU'], standard: ['DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU']};
}
function zone(tzid: string, standardOffset: string, daylightOffset: string, standardName: string, daylightName: string, rules: () => {daylight: string[]; standard: string[]}): string[] {
  const {daylight, standard} = rules();
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:DAYLIGHT',
    ...daylight,
    `TZOFFSETFROM:${standardOffset}`,
    `TZOFFSETTO:${daylightOffset}`,
    `TZNAME:${daylightName}`,
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    ...standard,
    `TZOFFSETFROM:${daylightOffset}`,
    `TZOFFSETTO:${standardOffset}`,
    `TZNAME:${standardName}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

const compactDate = (date: string) => date.replaceAll('-', '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;

/** Local end time of a slot, `HHMMSS`; office hours never run past midnight. */
function endTime(slot: OfficeHoursSlot): string {
  const [h, m] = slot.start.split(':').map(Number) as [number, number];
  const end = h * 60 + m + slot.durationMinutes;
  return `${String(Math.floor(end / 60)).padStart(2, '0')}${String(end % 60).padStart(2, '0')}00`;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * The office hours as an RFC 5545 calendar: one recurring VEVENT per slot (RRULE weekly or
 * fortnightly on its weekday, in its own time zone). Byte-stable between builds: DTSTAMP is the
 * first session's day, not the build time.
 */
export function officeHoursToIcs(slots: readonly OfficeHoursSlot[], siteUrl: string): string {
  const host = new URL(siteUrl).host;
  const page = new URL(routes.doc('office-hours'), siteUrl).toString();
  const zones = [...new Set(slots.map((s) => s.timeZone))].sort();
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ax//ax docs office hours//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:ax office hours'];
  for (const z of zones) lines.push(...vtimezones[z]);
  for (const slot of slots) {
    const team = getTeam(slot.hostTeam);
    lines.push(
      'BEGIN:VEVENT',
      `UID:office-hours-${slot.id}@${host}`,
      `DTSTAMP:${compactDate(slot.firstDate)}T000000Z`,
      `DTSTART;TZID=${slot.timeZone}:${compactDate(slot.firstDate)}T${compactTime(slot.start)}`,
      `DTEND;TZID=${slot.timeZone}:${compactDate(slot.firstDate)}T${endTime(slot)}`,
      `RRULE:FREQ=WEEKLY;INTERVAL=${slot.everyWeeks};BYDAY=${slot.weekday}`,
      `SUMMARY:${escapeText(`ax office hours: ${slot.title}`)}`,
      `DESCRIPTION:${escapeText(`Hosted by the ${team.name}. ${slot.topics} The call link is posted in ${slot.channel} ten minutes before the start. Schedule: ${page}`)}`,
      `LOCATION:${escapeText(`${slot.channel} (chat)`)}`,
      `URL:${page}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
