import {existsSync} from 'node:fs';
import type {AnalyticsDb} from './duckdb';
import {sqlString} from './duckdb';
import {eventNames} from './schema/event';
import {describeExpected, describeReceived, eventColumns, eventsWith, eventCodeSql, rowProblemSql, rowValidSql, type EventColumn, type SourceFields} from './row-checks';

/**
 * Loads an export (NDJSON, NDJSON.gz or Parquet) into the table `events` that every metric SQL
 * file reads, after checking every row in SQL. A bad row throws {@link EventsInputError} naming
 * the file, line (NDJSON) or row (Parquet), field, value received and value expected.
 */

/** Bad input: the message reads `file:12: Unexpected …, expected …` (`file, row 12: …` for Parquet). */
export class EventsInputError extends Error {
  override readonly name = 'EventsInputError';
  constructor(
    /** The export, as the caller named it. */
    readonly file: string,
    /** `:12` (NDJSON line), `, row 12` (Parquet row) or '' (the whole file). */
    readonly location: string,
    /** `Unexpected …, expected …`. */
    readonly detail: string,
  ) {
    super(`${file}${location}: ${detail}`);
  }
  /** The same message with the file named another way (relative to a CLI's folder). */
  withFile(file: string): string {
    return `${file}${this.location}: ${this.detail}`;
  }
}

type Format = 'ndjson' | 'parquet';
const formatOf = (file: string): Format | undefined => (/\.parquet$/i.test(file) ? 'parquet' : /\.(ndjson|jsonl)(\.gz)?$/i.test(file) ? 'ndjson' : undefined);

/** A relation `staged(pos, malformed, k_<field>, t_<field>)` and the typed value of each field. */
interface Staged {
  fields: SourceFields;
  typed: Record<EventColumn, string>;
  unit: 'line' | 'row';
}

/**
 * \`events.ts\` is a TIMESTAMP holding UTC: every ts ends in Z (or is a UTC-adjusted Parquet
 * timestamp), and DuckDB's time-zone-aware TIMESTAMPTZ arithmetic costs about ten times more.
 */
const typedCast: Record<EventColumn, string> = {ts: 'TIMESTAMP', event: 'VARCHAR', user: 'VARCHAR', plugin: 'VARCHAR', search_id: 'VARCHAR', query: 'VARCHAR', results: 'BIGINT', archetype: 'VARCHAR', lab: 'VARCHAR', page: 'VARCHAR', rating: 'VARCHAR', reasons: 'VARCHAR[]'};
const column = (field: EventColumn) => `"${field}"`;

async function stageNdjson(db: AnalyticsDb, file: string): Promise<Staged> {
  // One VARCHAR per line: \x01 never occurs unescaped in valid JSON, and blank lines stay rows,
  // so rowid + 1 is the line number.
  await db.run(`CREATE OR REPLACE TEMP TABLE lines AS SELECT raw FROM read_csv(${sqlString(file)}, columns = {'raw': 'VARCHAR'}, header = false, delim = '\x01', quote = '', escape = '', auto_detect = false, new_line = '\\n', strict_mode = false, compression = 'auto')`);
  const paths = eventColumns.map((f) => sqlString(`$.${f}`)).join(', ');
  const perField = eventColumns.map((f, i) => `json_type(j[${i + 1}]) AS k_${f}, (j[${i + 1}] ->> '$') AS t_${f}`).join(', ');
  await db.run(`CREATE OR REPLACE TEMP TABLE staged AS
    SELECT *, ${eventCodeSql('t_event')} AS event_code FROM (SELECT pos, j IS NULL AS malformed, ${perField}
    FROM (SELECT rowid + 1 AS pos, CASE WHEN json_valid(raw) AND json_type(raw) = 'OBJECT' THEN json_extract(raw, [${paths}]) END AS j
          FROM lines WHERE trim(coalesce(raw, '')) <> ''))`);
  await db.run('DROP TABLE lines');
  const fields = Object.fromEntries(eventColumns.map((f) => [f, {kind: `k_${f}`, text: `t_${f}`}])) as SourceFields;
  const typed = Object.fromEntries(eventColumns.map((f) => [f, f === 'reasons' ? 'TRY_CAST(CAST(t_reasons AS JSON) AS VARCHAR[])' : `TRY_CAST(t_${f} AS ${typedCast[f]})`])) as Record<EventColumn, string>;
  return {fields, typed, unit: 'line'};
}

/** JSON kind of a Parquet column type, so one set of checks serves both formats. */
function parquetKind(type: string): string {
  if (/^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?)$/.test(type)) return 'BIGINT';
  if (/^(FLOAT|DOUBLE|DECIMAL)/.test(type)) return 'DOUBLE';
  if (type.endsWith('[]')) return 'ARRAY';
  if (type.startsWith('STRUCT')) return 'OBJECT';
  return type;
}

async function stageParquet(db: AnalyticsDb, file: string): Promise<Staged> {
  const source = `read_parquet(${sqlString(file)}, file_row_number = true)`;
  const types = new Map((await db.rows<{column_name: string; column_type: string}>(`DESCRIBE SELECT * FROM ${source}`)).map((r) => [r.column_name, r.column_type]));
  const fields = {} as SourceFields;
  const typed = {} as Record<EventColumn, string>;
  const staged: string[] = [];
  for (const f of eventColumns) {
    const type = types.get(f);
    const kind = type === undefined ? 'NULL' : type === 'TIMESTAMP WITH TIME ZONE' ? "'TIMESTAMPTZ'" : sqlString(parquetKind(type));
    const text = type === undefined ? 'NULL' : type === 'VARCHAR' ? column(f) : parquetKind(type) === 'ARRAY' ? `CAST(to_json(${column(f)}) AS VARCHAR)` : `CAST(${column(f)} AS VARCHAR)`;
    staged.push(`CASE WHEN ${type === undefined ? 'true' : `${column(f)} IS NULL`} THEN NULL ELSE ${kind} END AS k_${f}`, `${text} AS t_${f}`);
    // A UTC-adjusted Parquet timestamp is a valid `ts` by its type.
    fields[f] = {kind: `k_${f}`, text: `t_${f}`, nativeValid: type === 'TIMESTAMP WITH TIME ZONE'};
    typed[f] = type === undefined ? 'NULL' : type === 'TIMESTAMP WITH TIME ZONE' ? `make_timestamp(epoch_us(${column(f)}))` : `TRY_CAST(${column(f)} AS ${typedCast[f]})`;
  }
  await db.run(`CREATE OR REPLACE TEMP VIEW staged AS SELECT file_row_number + 1 AS pos, false AS malformed, ${staged.join(', ')}, ${eventCodeSql('t_event')} AS event_code, * EXCLUDE (file_row_number) FROM ${source}`);
  return {fields, typed, unit: 'row'};
}

interface ProblemRow {
  pos: bigint;
  problem: string;
  problems: bigint;
  [column: string]: unknown;
}

function problemMessage(row: ProblemRow): string {
  const [field, what] = row.problem.split(':') as [EventColumn | 'line', string];
  if (field === 'line') return 'Unexpected malformed JSON, expected one JSON object per line';
  const expected = describeExpected(field);
  if (what === 'missing') {
    const on = eventsWith(field).requiredBy.length === eventNames.length ? '' : ` for event "${String(row.t_event)}"`;
    return `Unexpected missing field "${field}"${on}, expected ${expected}`;
  }
  return `Unexpected ${describeReceived(row[`k_${field}`] as string | null, row[`t_${field}`] as string | null)} for field "${field}", expected ${expected}`;
}

/** Reads `file` into the table `events(pos, ts (TIMESTAMP, UTC), event, "user", plugin, …)`; throws {@link EventsInputError} on bad input. */
export async function loadEvents(db: AnalyticsDb, file: string): Promise<{events: number}> {
  const format = formatOf(file);
  if (!format) throw new EventsInputError(file, '', 'Unexpected file extension, expected .ndjson, .ndjson.gz, .jsonl or .parquet');
  if (!existsSync(file)) throw new EventsInputError(file, '', 'Unexpected missing file, expected an events export');
  const {fields, typed, unit} = format === 'ndjson' ? await stageNdjson(db, file) : await stageParquet(db, file);
  const [found] = await db.rows<{pos: bigint; problem: string; problems: bigint}>(`
    SELECT pos, problem, count(*) OVER () AS problems
    FROM (SELECT pos, CASE WHEN malformed THEN 'line:malformed' ELSE ${rowProblemSql(fields)} END AS problem FROM staged WHERE malformed OR NOT ${rowValidSql(fields)})
    ORDER BY pos LIMIT 1`);
  // The received values only for the row reported: converting every row's values to text costs more than the checks.
  const [values] = found ? await db.rows(`SELECT ${eventColumns.map((f) => `k_${f}, t_${f}`).join(', ')} FROM staged WHERE pos = ${found.pos}`) : [];
  const first = found && ({...values, ...found} as ProblemRow);
  if (first) {
    const others = first.problems - 1n;
    const more = others > 0n ? ` (and ${others} more bad ${unit}${others === 1n ? '' : 's'})` : '';
    throw new EventsInputError(file, unit === 'line' ? `:${first.pos}` : `, row ${first.pos}`, `${problemMessage(first)}${more}`);
  }
  // Line numbers are known by now; the metrics never depend on row order.
  await db.run('SET preserve_insertion_order = false');
  const allowed = (f: EventColumn) => eventsWith(f).allowedBy.map((e) => eventNames.indexOf(e) + 1).join(', ');
  const columns = eventColumns.map((f) => (['ts', 'event', 'user'].includes(f) ? `${typed[f]} AS ${column(f)}` : `CASE WHEN event_code IN (${allowed(f)}) THEN ${typed[f]} END AS ${column(f)}`));
  await db.run(`CREATE OR REPLACE TABLE events AS SELECT pos, ${columns.join(', ')} FROM staged`);
  await db.run(format === 'ndjson' ? 'DROP TABLE staged' : 'DROP VIEW staged');
  const [count] = await db.rows<{n: number}>('SELECT CAST(count(*) AS INTEGER) AS n FROM events');
  if (!count || count.n === 0) throw new EventsInputError(file, '', 'Unexpected empty export, expected at least one event');
  return {events: count.n};
}

/** True when a Parquet export says, in its key-value metadata, that `npm run analytics:generate` wrote it. */
export async function parquetSaysSynthetic(db: AnalyticsDb, file: string): Promise<boolean> {
  if (formatOf(file) !== 'parquet') return false;
  const rows = await db.rows<{value: string}>(`SELECT decode(value) AS value FROM parquet_kv_metadata(${sqlString(file)}) WHERE decode(key) = 'synthetic'`);
  return rows.some((r) => r.value === 'true');
}
