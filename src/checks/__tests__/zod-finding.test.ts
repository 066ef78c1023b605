import {describe, expect, it} from 'vitest';
import * as z from 'zod';
import {pathPositions, zodIssuesToFindings, zodProblems} from '../zod-finding';

const schema = z
  .object({
    name: z.string().min(1),
    kind: z.enum(['guide', 'runbook']),
    count: z.number().int().positive().max(10),
    tags: z.array(z.string()).min(2),
    id: z.string().regex(/^[a-z]+$/),
    at: z.iso.datetime(),
    day: z.string().refine((s) => s.length === 10, {error: 'expected a day (YYYY-MM-DD)'}),
    nested: z.object({on: z.boolean()}).strict(),
  })
  .strict();

const valid = {name: 'n', kind: 'guide', count: 1, tags: ['a', 'b'], id: 'abc', at: '2026-11-01T10:00:00Z', day: '2026-11-01', nested: {on: true}};

/** The messages for `valid` with one change, parsed without `reportInput` (the value comes from `input`). */
function messages(change: Record<string, unknown>): string[] {
  const input = {...valid, ...change};
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  return zodProblems(parsed.error, {input, root: 'in the test object', knownFields: (p) => (p.length ? undefined : Object.keys(schema.shape))}).map((p) => p.message);
}

describe('zodProblems', () => {
  it('names the field, the value received and the value expected', () => {
    const table = Object.fromEntries(
      (
        [
          ['wrong type', {count: 'ten'}],
          ['missing', {name: undefined}],
          ['empty', {name: ''}],
          ['enum', {kind: 'essay'}],
          ['min', {count: 0}],
          ['max', {count: 11}],
          ['int', {count: 1.5}],
          ['short list', {tags: ['a']}],
          ['pattern', {id: 'ABC'}],
          ['datetime', {at: 'yesterday'}],
          ['refine', {day: 'soon'}],
          ['misspelt', {nme: 'n'}],
          ['nested unknown', {nested: {on: true, off: false}}],
          ['nested type', {nested: {on: 'yes'}}],
          ['long', {nested: 'x'.repeat(80).split('')}],
          ['null', {kind: null}],
        ] as const
      ).map(([name, change]) => [name, messages(change).join(' | ')]),
    );
    for (const m of Object.values(table)) expect(m).toMatch(/^Unexpected .+, expected .+/s);
    expect(table).toMatchInlineSnapshot(`
      {
        "datetime": "Unexpected "yesterday" for "at", expected a valid datetime",
        "empty": "Unexpected "" for "name", expected a non-empty string",
        "enum": "Unexpected "essay" for "kind", expected one of: guide, runbook",
        "int": "Unexpected number 1.5 for "count", expected a whole number",
        "long": "Unexpected list ["x","x","x","x","x","x","x","x","x","x","x","x","x","x",... for "nested", expected a mapping",
        "max": "Unexpected number 11 for "count", expected a number <= 10",
        "min": "Unexpected number 0 for "count", expected a number > 0",
        "missing": "Unexpected missing field "name", expected a string",
        "misspelt": "Unexpected field "nme" in the test object, expected a known field (did you mean "name"?)",
        "nested type": "Unexpected "yes" for "nested.on", expected true or false",
        "nested unknown": "Unexpected field "off" in "nested", expected a known field",
        "null": "Unexpected null for "kind", expected one of: guide, runbook",
        "pattern": "Unexpected "ABC" for "id", expected a string matching /^[a-z]+$/",
        "refine": "Unexpected "soon" for "day", expected a day (YYYY-MM-DD)",
        "short list": "Unexpected list ["a"] for "tags", expected at least 2 items",
        "wrong type": "Unexpected "ten" for "count", expected a number",
      }
    `);
  });

  it('says "value" rather than "missing" when it cannot see the value', () => {
    const parsed = schema.safeParse({...valid, count: 'ten'});
    expect(zodProblems(parsed.error!).map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "Unexpected value for "count", expected a number",
      ]
    `);
  });

  it('lists the known fields when no one is near, and says when there are none', () => {
    const strict = z.object({alpha: z.string().optional(), beta: z.string().optional()}).strict();
    const words = (known: string[]) => zodProblems(strict.safeParse({zzz: 1}).error!, {root: 'in the options', knownFields: () => known}).map((p) => p.message);
    expect([...words(['alpha', 'beta']), ...words([])]).toMatchInlineSnapshot(`
      [
        "Unexpected field "zzz" in the options, expected one of: alpha, beta",
        "Unexpected field "zzz" in the options, expected no fields",
      ]
    `);
  });

  it('uses the values zod reports with reportInput, and words a bad top level', () => {
    const parsed = schema.safeParse(['not', 'an', 'object'], {reportInput: true});
    expect(zodProblems(parsed.error!).map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "Unexpected list ["not","an","object"] at the top level, expected a mapping",
      ]
    `);
  });
});

describe('zodIssuesToFindings', () => {
  const json = ['{', '  "name": "n",', '  "kind": "essay",', '  "count": 1,', '  "tags": ["a", "b"],', '  "id": "abc",', '  "at": "2026-11-01T10:00:00Z",', '  "day": "2026-11-01",', '  "nested": {"on": "yes"},', '  "extra": 1', '}'].join('\n');

  it('locates each problem through a line map of the JSON, falling back to the enclosing object', () => {
    const input: unknown = JSON.parse(json);
    const parsed = schema.safeParse(input);
    const findings = zodIssuesToFindings(parsed.error!, {file: 'data/x.json', ruleId: 'data/schema', input, lineOf: pathPositions(json)});
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message} <${f.url}>`)).toMatchInlineSnapshot(`
      [
        "data/x.json:3:11 error data/schema Unexpected "essay" for "kind", expected one of: guide, runbook </docs/contributing/checks#data-schema>",
        "data/x.json:9:20 error data/schema Unexpected "yes" for "nested.on", expected true or false </docs/contributing/checks#data-schema>",
        "data/x.json:10:12 error data/schema Unexpected field "extra" at the top level, expected a known field </docs/contributing/checks#data-schema>",
      ]
    `);
  });

  it('takes a line number alone, a severity and a url', () => {
    const parsed = schema.safeParse({...valid, count: 0});
    expect(zodIssuesToFindings(parsed.error!, {file: 'f.yml', ruleId: 'r/x', input: {...valid, count: 0}, lineOf: (p) => (p[0] === 'count' ? 7 : undefined), severity: 'warn', url: '/docs/x'})).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "file": "f.yml",
          "line": 7,
          "message": "Unexpected number 0 for "count", expected a number > 0",
          "ruleId": "r/x",
          "severity": "warn",
          "url": "/docs/x",
        },
      ]
    `);
  });

  it('puts a problem it cannot place on line 1', () => {
    const parsed = schema.safeParse({});
    expect(new Set(zodIssuesToFindings(parsed.error!, {file: 'f', ruleId: 'r/x', input: {}}).map((f) => `${f.line}:${f.column}`))).toEqual(new Set(['1:1']));
  });
});
