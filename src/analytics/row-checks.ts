import * as z from 'zod';
import {sqlString} from './duckdb';
import {eventFieldSchemas, eventNames, eventRequirements, type EventField, type EventName} from './schema/event';

/**
 * The snapshot tool's row checks, generated as one SQL `CASE` expression from the event
 * contract: which event needs which field comes from `eventRequirements`, and what a valid
 * value is comes from each field's zod schema, through its JSON Schema (the same document the
 * site publishes). A million rows through zod would take longer than the metrics; SQL checks
 * them in one pass. A keyword this generator does not know throws, so a schema change cannot
 * silently loosen the checks.
 */

/** Every column of an event, in the order a row's problems are reported. */
export const eventColumns = ['ts', 'event', 'user', 'plugin', 'search_id', 'query', 'results', 'archetype', 'lab', 'page', 'rating', 'reasons'] as const satisfies readonly ('ts' | 'event' | 'user' | EventField)[];
export type EventColumn = (typeof eventColumns)[number];

/** How a source (NDJSON or Parquet) exposes one field to the checks. */
export interface FieldSource {
  /** SQL for the value's JSON kind, as `json_type` names it (VARCHAR, UBIGINT, BIGINT, DOUBLE, ARRAY, OBJECT, NULL); SQL NULL when the field is absent. */
  kind: string;
  /** SQL for the value as text (a string's content, a number's digits, an array's JSON). */
  text: string;
  /** True when the column's own type already guarantees a valid value (a Parquet UTC timestamp). */
  nativeValid?: boolean;
}
export type SourceFields = Record<EventColumn, FieldSource>;

type JsonSchema = {type?: string; pattern?: string; enum?: unknown[]; minLength?: number; maxLength?: number; minimum?: number; maximum?: number; maxItems?: number; items?: JsonSchema};
const knownKeywords = new Set(['$schema', 'type', 'pattern', 'enum', 'minLength', 'maxLength', 'minimum', 'maximum', 'maxItems', 'items']);

export function fieldJsonSchema(field: EventColumn): JsonSchema {
  const schema = z.toJSONSchema(eventFieldSchemas[field]) as JsonSchema & Record<string, unknown>;
  const unknown = Object.keys(schema).filter((key) => !knownKeywords.has(key));
  if (unknown.length) throw new Error(`row checks: Unexpected JSON Schema keyword ${unknown.join(', ')} for field "${field}", expected only ${[...knownKeywords].join(', ')}; teach src/analytics/row-checks.ts to check it`);
  return schema;
}

/** Besides its pattern, a time must be one DuckDB can read: the pattern admits 2026-02-30. (The pattern ensures UTC.) */
const castableAs: Partial<Record<EventColumn, string>> = {ts: 'TIMESTAMP'};

function validSql(schema: JsonSchema, kind: string, text: string): string {
  const terms: string[] = [];
  let kindTest: string;
  if (schema.type === 'string') kindTest = `${kind} = 'VARCHAR'`;
  else if (schema.type === 'integer') kindTest = `${kind} IN ('BIGINT', 'UBIGINT')`;
  else if (schema.type === 'array') kindTest = `${kind} = 'ARRAY'`;
  else throw new Error(`row checks: Unexpected JSON Schema type ${String(schema.type)}, expected string, integer or array`);
  if (schema.pattern !== undefined) terms.push(`regexp_matches(${text}, ${sqlString(schema.pattern)})`);
  if (schema.enum) terms.push(`${text} IN (${schema.enum.map((v) => sqlString(String(v))).join(', ')})`);
  if (schema.minLength !== undefined) terms.push(`length(${text}) >= ${schema.minLength}`);
  if (schema.maxLength !== undefined) terms.push(`length(${text}) <= ${schema.maxLength}`);
  if (schema.minimum !== undefined) terms.push(`TRY_CAST(${text} AS HUGEINT) >= ${schema.minimum}`);
  if (schema.maximum !== undefined) terms.push(`TRY_CAST(${text} AS HUGEINT) <= ${schema.maximum}`);
  if (schema.maxItems !== undefined) terms.push(`json_array_length(${text}) <= ${schema.maxItems}`);
  if (schema.items) terms.push(`coalesce(list_bool_and(list_transform(CAST(${text} AS JSON[]), x -> ${validSql(schema.items, 'json_type(x)', "(x->>'$')")})), true)`);
  // The value tests only run on a value of the right kind: JSON functions fail on a plain string.
  return `coalesce(CASE WHEN ${kindTest} THEN ${terms.length ? terms.join(' AND ') : 'true'} ELSE false END, false)`;
}

function fieldValidSql(field: EventColumn, source: FieldSource): string {
  if (source.nativeValid) return 'true';
  const cast = castableAs[field];
  const valid = validSql(fieldJsonSchema(field), source.kind, source.text);
  return cast ? `(${valid} AND TRY_CAST(${source.text} AS ${cast}) IS NOT NULL)` : valid;
}

/**
 * The SQL for "the row's event is one of `names`", over the column `event_code`: the event's
 * 1-based position in eventNames, which a source computes once per row (see
 * {@link eventCodeSql}); integer tests cost far less than a dozen string IN lists per row.
 */
const eventIn = (names: readonly EventName[]) => `event_code IN (${names.map((n) => eventNames.indexOf(n) + 1).join(', ')})`;

/** `event_code` for a row whose event name is the SQL expression `eventText`: 0 for an unknown event. */
export function eventCodeSql(eventText: string): string {
  return `coalesce(list_position([${eventNames.map(sqlString).join(', ')}], ${eventText}), 0)`;
}

/** Events that must carry `field`, and events that may. */
export function eventsWith(field: EventColumn): {requiredBy: readonly EventName[]; allowedBy: readonly EventName[]} {
  if (field === 'ts' || field === 'event' || field === 'user') return {requiredBy: eventNames, allowedBy: eventNames};
  return {
    requiredBy: eventNames.filter((e) => eventRequirements[e].required.includes(field)),
    allowedBy: eventNames.filter((e) => eventRequirements[e].required.includes(field) || eventRequirements[e].optional.includes(field)),
  };
}

/**
 * A SQL expression, over a source's fields and its `event_code`, that is NULL for a valid row and `field:missing` or `field:invalid` for the
 * first problem of an invalid one. Fields an event does not list are ignored, as zod ignores them.
 */
export function rowProblemSql(fields: SourceFields): string {
  const whens = eventColumns.flatMap((field) => {
    const source = fields[field];
    const {requiredBy, allowedBy} = eventsWith(field);
    const always = requiredBy.length === eventNames.length;
    const required = always ? 'true' : eventIn(requiredBy);
    const allowed = always ? 'true' : eventIn(allowedBy);
    return [
      ...(requiredBy.length ? [`WHEN ${required} AND ${source.kind} IS NULL THEN '${field}:missing'`] : []),
      `WHEN ${allowed} AND ${source.kind} IS NOT NULL AND NOT ${fieldValidSql(field, source)} THEN '${field}:invalid'`,
    ];
  });
  return `CASE\n  ${whens.join('\n  ')}\nEND`;
}

/**
 * The same checks as one conjunction, TRUE for a valid row: cheap to filter a million rows with,
 * so the `CASE` that names the problem runs on the bad rows only.
 */
export function rowValidSql(fields: SourceFields): string {
  const terms = eventColumns.flatMap((field) => {
    const source = fields[field];
    const {requiredBy, allowedBy} = eventsWith(field);
    const always = requiredBy.length === eventNames.length;
    const present = `${source.kind} IS NOT NULL`;
    const valid = fieldValidSql(field, source);
    if (always) return [present, valid];
    return [
      ...(requiredBy.length ? [`(${present} OR NOT ${eventIn(requiredBy)})`] : []),
      `(${source.kind} IS NULL OR NOT ${eventIn(allowedBy)} OR ${valid})`,
    ];
  });
  return `coalesce(${terms.join('\n  AND ')}, false)`;
}

/** "a plugin id (a lower-case slug)", "one of up, down": what a field expects, in words, from its schema. */
export function describeExpected(field: EventColumn, schema: JsonSchema = fieldJsonSchema(field)): string {
  if (schema.enum) return `one of ${schema.enum.join(', ')}`;
  if (schema.pattern !== undefined) {
    // The schema's own wording: zod's message for a value that fails the pattern.
    const issue = eventFieldSchemas[field].safeParse('').error?.issues.find((i) => i.code === 'invalid_format');
    return issue ? issue.message.replace(/^expected /, '') : `a string matching /${schema.pattern}/`;
  }
  if (schema.type === 'integer') return schema.minimum !== undefined ? `an integer ≥ ${schema.minimum}` : 'an integer';
  if (schema.type === 'array') {
    const items = schema.items?.maxLength !== undefined ? `strings of at most ${schema.items.maxLength} characters` : 'strings';
    return schema.maxItems !== undefined ? `a list of at most ${schema.maxItems} ${items}` : `a list of ${items}`;
  }
  if (schema.minLength && schema.maxLength !== undefined) return `a string of ${schema.minLength} to ${schema.maxLength} characters`;
  if (schema.maxLength !== undefined) return `a string of at most ${schema.maxLength} characters`;
  return 'a string';
}

/** How a received value reads in a message: strings quoted, long values cut. */
export function describeReceived(kind: string | null, text: string | null): string {
  const cut = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
  if (kind === null) return 'nothing';
  if (kind === 'NULL' || text === null) return 'null';
  if (kind === 'VARCHAR') return cut(JSON.stringify(text));
  if (['BIGINT', 'UBIGINT', 'DOUBLE', 'BOOLEAN', 'ARRAY', 'OBJECT'].includes(kind)) return cut(text);
  return `${cut(text)} (${kind})`;
}
