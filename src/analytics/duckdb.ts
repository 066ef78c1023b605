import {DuckDBInstance, type DuckDBConnection} from '@duckdb/node-api';

/**
 * An in-memory DuckDB for the analytics engine. It runs offline: extension autoinstall and
 * autoload are off (json, parquet and icu are built into @duckdb/node-api), so a missing
 * extension fails loudly instead of reaching the network. Two threads, because the machines
 * the docs build on share their cores; UTC, because every metric is defined in UTC.
 */
export interface AnalyticsDb {
  connection: DuckDBConnection;
  /** Runs statements that return nothing (DDL, SET, COPY). */
  run(sql: string): Promise<void>;
  /** Runs a query and returns its rows as plain JS values (INTEGER → number, LIST → array, STRUCT → object). */
  rows<Row = Record<string, unknown>>(sql: string): Promise<Row[]>;
  close(): void;
}

export interface AnalyticsDbOptions {
  /** DuckDB's `memory_limit`, e.g. '1GB'; DuckDB's default (80% of RAM) when absent. */
  memoryLimit?: string;
  threads?: number;
}

export async function openAnalyticsDb(options: AnalyticsDbOptions = {}): Promise<AnalyticsDb> {
  const config: Record<string, string> = {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    threads: String(options.threads ?? 2),
  };
  if (options.memoryLimit) config.memory_limit = options.memoryLimit;
  const instance = await DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  return {
    connection,
    run: async (sql) => {
      await connection.run(sql);
    },
    rows: async <Row>(sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS() as Row[],
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A SQL string literal: DuckDB and standard SQL double the quote. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
