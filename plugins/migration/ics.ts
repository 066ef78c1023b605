import {addDays} from '../../src/content-model/dates';
import {routes} from '../../src/routes/table';
import type {MatrixRow} from '../../src/migration-model/types';
import {removalsByDate} from '../../src/migration-model/view-models';

/** Options for the iCalendar feed. */
export interface IcsOptions {
  /** Absolute site URL, for event links and UIDs, for example `https://docs.ax.dev`. */
  siteUrl: string;
}

/**
 * One VEVENT per API removal, as an RFC 5545 calendar. UIDs derive from the API's qualified
 * name, so a subscriber's calendar updates events in place when a date moves.
 */
export function removalsToIcs(rows: MatrixRow[], options: IcsOptions): string {
  const host = new URL(options.siteUrl).host;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ax//ax docs deprecation calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:ax plugin runtime API removals'];
  for (const row of removalsByDate(rows)) {
    const url = new URL(row.migrationHref ?? routes.migration('deprecations'), options.siteUrl).toString();
    lines.push(
      'BEGIN:VEVENT',
      `UID:removal-${row.id}@${host}`,
      // Stamped with the deprecation day rather than the build time, so the feed is byte-stable between builds.
      `DTSTAMP:${compact(row.deprecationDate ?? row.removalDate!)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(row.removalDate!)}`,
      `DTEND;VALUE=DATE:${compact(addDays(row.removalDate!, 1))}`,
      `SUMMARY:${escapeText(`${row.id} removed in runtime ${row.removed}`)}`,
      `DESCRIPTION:${escapeText(`${row.id} was deprecated in runtime ${row.deprecated} and is removed in runtime ${row.removed}.${row.replacement ? ` Migrate to ${row.replacement}.` : ''} Migration step: ${url}`)}`,
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function compact(date: string): string {
  return date.replaceAll('-', '');
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length ? 74 : 75;
    if (size + n > limit) {
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
