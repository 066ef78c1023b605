import {isNode, LineCounter, parseDocument} from 'yaml';
import type * as z from 'zod';
import {closest} from '../text/edit-distance';
import {ruleDocsUrl, type Finding, type Severity} from './finding';

/**
 * The one wording of zod errors on this site. Every message reads
 * `Unexpected <value received> for "<field path>", expected <value expected>`, so a reader
 * of a check, a build error or a plugin option error sees the same sentence.
 *
 *     const parsed = schema.safeParse(data);
 *     if (!parsed.success) findings.push(...zodIssuesToFindings(parsed.error, {file, ruleId, input: data, lineOf: pathPositions(text)}));
 *
 * Callers that are not rules (plugin options, loaders that keep problems for a rule to report)
 * use {@link zodProblems}, which gives the same messages with the path of each.
 */

/** A key path into the parsed value, as zod reports it: `['steps', 0, 'name']`. */
export type IssuePath = readonly PropertyKey[];

/** 1-based place in the file; the column defaults to 1. */
export interface SourcePosition {
  line: number;
  column?: number;
}

/** What the formatter may know besides the issues. All optional. */
export interface ZodWordingOptions {
  /** The value that was parsed, to show what was received (not needed when parsed with `reportInput`). */
  input?: unknown;
  /** How the top level reads after `field "x"`, e.g. `on a guide page` or `in the plugin options`. */
  root?: string;
  /** The fields an object at `path` may have, for "did you mean" on an unknown field. */
  knownFields?: (path: IssuePath) => readonly string[] | undefined;
}

/** One issue, worded, with the path it is about (for an unknown field, the field's own path). */
export interface ZodProblem {
  path: PropertyKey[];
  message: string;
}

export interface ZodFindingOptions extends ZodWordingOptions {
  /** Path of the checked file, relative to the checked root. */
  file: string;
  ruleId: string;
  /** Default `error`. */
  severity?: Severity;
  /** Where the rule is documented; default the rules page anchor of `ruleId`. */
  url?: string;
  /**
   * Where a path's value is written, when the caller can tell (front matter YAML, or JSON and
   * YAML files through {@link pathPositions}). Tried for the issue's
   * path, then each shorter one, so a missing field points at the object that lacks it; line 1
   * when nothing matches.
   */
  lineOf?: (path: IssuePath) => number | SourcePosition | undefined;
}

type Issue = z.core.$ZodIssue;

/** Turns a zod error into findings, one per problem, located when `lineOf` can tell where. */
export function zodIssuesToFindings(error: {issues: readonly Issue[]}, options: ZodFindingOptions): Finding[] {
  const {file, ruleId, severity = 'error', url = ruleDocsUrl(ruleId), lineOf} = options;
  return zodProblems(error, options).map((p) => {
    const at = locate(p.path, lineOf);
    return {file, line: at.line, column: at.column ?? 1, ruleId, severity, message: p.message, url};
  });
}

/** The worded problems of a zod error, in zod's order. */
export function zodProblems(error: {issues: readonly Issue[]}, options: ZodWordingOptions = {}): ZodProblem[] {
  return error.issues.flatMap((issue) => describeIssue(issue, options));
}

/** Finds the deepest part of `path` that `lineOf` can place. */
export function locate(path: IssuePath, lineOf: ZodFindingOptions['lineOf']): SourcePosition {
  for (let n = path.length; lineOf && n >= 0; n--) {
    const at = lineOf(path.slice(0, n));
    if (at !== undefined) return typeof at === 'number' ? {line: at} : at;
  }
  return {line: 1};
}

function describeIssue(issue: Issue, options: ZodWordingOptions): ZodProblem[] {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const known = options.knownFields?.(path);
    return issue.keys.map((key) => {
      const hint = known && closest(key, known, 1)[0];
      const expected = hint ? `a known field (did you mean "${hint}"?)` : !known ? 'a known field' : known.length ? `one of: ${known.join(', ')}` : 'no fields';
      return {path: [...path, key], message: `Unexpected field "${key}" ${where(path, options)}, expected ${expected}`};
    });
  }
  // Without `reportInput` or `input` the value is unknown, which is not the same as missing.
  const input = 'input' in issue ? issue.input : 'input' in options ? valueAt(options.input, path) : unknownValue;
  return [{path, message: `Unexpected ${received(input, path)}, expected ${expected(issue, input)}`}];
}

/** `on a guide page` at the top level; `in "steps.0"` below it. */
function where(path: IssuePath, options: ZodWordingOptions): string {
  return path.length ? `in ${fieldName(path)}` : (options.root ?? 'at the top level');
}

const unknownValue = Symbol('unknown value');

function received(input: unknown, path: IssuePath): string {
  if (input === unknownValue) return path.length ? `value for ${fieldName(path)}` : 'value';
  if (!path.length) return input === undefined ? 'nothing' : `${show(input)} at the top level`;
  return input === undefined ? `missing field ${fieldName(path)}` : `${show(input)} for ${fieldName(path)}`;
}

function expected(issue: Issue, input: unknown): string {
  // Schemas on this site word their own errors as "expected …"; that wording wins, except a
  // bare type name in a type error, which the plainer words below say better.
  const custom = /^expected (.+)$/s.exec(issue.message)?.[1];
  if (custom && !(issue.code === 'invalid_type' && (input !== undefined || custom.startsWith(issue.expected)))) return custom;
  switch (issue.code) {
    case 'invalid_type':
      return typeName(issue.expected);
    case 'invalid_value':
      return `one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return bound(issue.origin, issue.minimum, issue.inclusive, 'at least', 'more than', '>');
    case 'too_big':
      return bound(issue.origin, issue.maximum, issue.inclusive, 'at most', 'fewer than', '<');
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern ? `a string matching ${issue.pattern}` : `a valid ${issue.format}`;
    case 'invalid_union':
      return 'a value of one of the allowed forms';
    default:
      return issue.message;
  }
}

function bound(origin: string, limit: number | bigint, inclusive: boolean | undefined, atLimit: string, beyond: string, sign: '>' | '<'): string {
  if (origin === 'string' && sign === '>' && Number(limit) === 1) return 'a non-empty string';
  const count = (unit: string) => `${inclusive === false ? beyond : atLimit} ${limit} ${unit}${Number(limit) === 1 ? '' : 's'}`;
  if (origin === 'array' || origin === 'set') return count('item');
  if (origin === 'string') return count('character');
  return `a number ${sign}${inclusive === false ? '' : '='} ${limit}`;
}

function typeName(type: string): string {
  return ({number: 'a number', string: 'a string', boolean: 'true or false', array: 'a list', object: 'a mapping', date: 'a date', int: 'a whole number'} as Record<string, string>)[type] ?? type;
}

/** `"owner"`, or `"steps.0.name"` below the top level. */
function fieldName(path: IssuePath): string {
  return `"${path.map(String).join('.')}"`;
}

/** The value as the reader wrote it: strings quoted, others with their kind. Long values are cut. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value === null) return 'null';
  if (value instanceof Date) return `date ${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString().slice(0, 10)}`;
  const json = JSON.stringify(value) ?? String(value);
  return `${Array.isArray(value) ? 'list' : typeof value} ${json.length > 60 ? `${json.slice(0, 57)}...` : json}`;
}

function valueAt(root: unknown, path: IssuePath): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Where each value of a JSON or YAML text is written, by key path: the `lineOf` of
 * {@link zodIssuesToFindings}. JSON is read as YAML 1.2, of which it
 * is a subset, so one parser with positions serves both. The text is parsed on first use.
 */
export function pathPositions(text: string): (path: IssuePath) => SourcePosition | undefined {
  let parsed: {doc: ReturnType<typeof parseDocument>; lines: LineCounter} | undefined;
  return (path) => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = {doc: parseDocument(text, {lineCounter: lines, prettyErrors: false}), lines};
    }
    const {doc, lines} = parsed;
    const node = path.length ? doc.getIn(path.map((k) => (typeof k === 'symbol' ? String(k) : k)), true) : doc.contents;
    const start = isNode(node) ? node.range?.[0] : undefined;
    if (start === undefined) return undefined;
    const pos = lines.linePos(start);
    return {line: pos.line, column: pos.col};
  };
}
