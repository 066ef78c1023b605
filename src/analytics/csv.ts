/**
 * CSV as RFC 4180 describes it (CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled), with one addition: a text cell that begins with `=`, `+`, `-` or
 * `@` gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a
 * formula (CSV injection, OWASP). Numbers are written as numbers: a negative change stays `-0.25`.
 */

export type CsvCell = string | number | boolean | null;

const formulaStart = /^[=+\-@]/;

/** One cell: null is empty, numbers as JavaScript prints them, text escaped and quoted as needed. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: a header row, then one row per record, each line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
