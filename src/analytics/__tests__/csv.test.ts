import {describe, expect, it} from 'vitest';
import {csvCell, toCsv} from '../csv';

describe('csvCell', () => {
  it.each([
    ['plain text', 'billing-sync', 'billing-sync'],
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'one\ntwo', '"one\ntwo"'],
    ['a formula', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a leading plus', '+1 555', "'+1 555"],
    ['a leading minus in text', '-rf', "'-rf"],
    ['a leading at', '@SUM(A1)', "'@SUM(A1)"],
    ['markup', '<img src=x onerror=window.__xss=1>', '<img src=x onerror=window.__xss=1>'],
    ['a negative number', -0.25, '-0.25'],
    ['zero', 0, '0'],
    ['a boolean', true, 'true'],
    ['no data', null, ''],
  ] as const)('writes %s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a header and rows, each ending in CRLF', () => {
    expect(toCsv(['week', 'installs'], [['2026-W48', 12], ['2026-W49', null]])).toBe('week,installs\r\n2026-W48,12\r\n2026-W49,\r\n');
  });
});
