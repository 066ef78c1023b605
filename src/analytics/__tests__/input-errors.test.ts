import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {memoryIo} from '../../../scripts/lib/cli';
import {main} from '../../../scripts/analytics/snapshot';
import {openAnalyticsDb, sqlString} from '../duckdb';
import {EventsInputError, computeSnapshot} from '../snapshot';

/** Bad exports: `analytics:snapshot` exits 2, names file, line or row, field, received and expected, and writes nothing. */

const repo = path.resolve(__dirname, '../../..');
const bad = (name: string) => path.join('src/analytics/__tests__/__fixtures__/bad', name);
const temp = mkdtempSync(path.join(tmpdir(), 'ax-analytics-errors-'));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

async function snapshotCli(events: string) {
  const out = path.join(temp, `${path.basename(events)}.json`);
  const run = memoryIo({argv: ['--events', events, '--out', out], cwd: repo});
  const code = await main(run.io);
  return {code, stderr: run.stderr().trim(), wrote: existsSync(out)};
}

describe('analytics:snapshot on bad NDJSON', () => {
  it.each([
    ['malformed-json.ndjson', `src/analytics/__tests__/__fixtures__/bad/malformed-json.ndjson:2: Unexpected malformed JSON, expected one JSON object per line`],
    ['missing-field.ndjson', `src/analytics/__tests__/__fixtures__/bad/missing-field.ndjson:2: Unexpected missing field "plugin" for event "install", expected a plugin id (a lower-case slug)`],
    ['ts-without-z.ndjson', `src/analytics/__tests__/__fixtures__/bad/ts-without-z.ndjson:2: Unexpected "2026-11-02T10:05:00" for field "ts", expected an ISO 8601 UTC timestamp ending in Z`],
    // Line 2 is blank: lines keep their numbers.
    ['unknown-event.ndjson', `src/analytics/__tests__/__fixtures__/bad/unknown-event.ndjson:3: Unexpected "installl" for field "event", expected one of listing_view, search, install, uninstall, plugin_active, template_init, plugin_published, lab_started, lab_completed, feedback`],
    ['negative-results.ndjson', `src/analytics/__tests__/__fixtures__/bad/negative-results.ndjson:2: Unexpected -1 for field "results", expected an integer ≥ 0 (and 1 more bad line)`],
    ['empty.ndjson', `src/analytics/__tests__/__fixtures__/bad/empty.ndjson: Unexpected empty export, expected at least one event`],
    ['impossible-date.ndjson', `src/analytics/__tests__/__fixtures__/bad/impossible-date.ndjson:2: Unexpected "2026-02-30T10:05:00Z" for field "ts", expected an ISO 8601 UTC timestamp ending in Z`],
    ['reasons-not-a-list.ndjson', `src/analytics/__tests__/__fixtures__/bad/reasons-not-a-list.ndjson:2: Unexpected "clear" for field "reasons", expected a list of at most 20 strings of at most 200 characters`],
    ['gzip-with-missing-user.ndjson.gz', `src/analytics/__tests__/__fixtures__/bad/gzip-with-missing-user.ndjson.gz:2: Unexpected missing field "user", expected a string of 1 to 128 characters`],
    ['no-such-file.ndjson', `src/analytics/__tests__/__fixtures__/bad/no-such-file.ndjson: Unexpected missing file, expected an events export`],
    ['events.csv', `src/analytics/__tests__/__fixtures__/bad/events.csv: Unexpected file extension, expected .ndjson, .ndjson.gz, .jsonl or .parquet`],
  ])('%s', async (name, message) => {
    expect(await snapshotCli(bad(name))).toEqual({code: 2, stderr: message, wrote: false});
  });

  it('reads the first message in full', async () => {
    expect((await snapshotCli(bad('unknown-event.ndjson'))).stderr).toMatchInlineSnapshot(
      `"src/analytics/__tests__/__fixtures__/bad/unknown-event.ndjson:3: Unexpected "installl" for field "event", expected one of listing_view, search, install, uninstall, plugin_active, template_init, plugin_published, lab_started, lab_completed, feedback"`,
    );
  });

  it('explains its usage when --events is missing', async () => {
    const run = memoryIo({argv: ['--out', 'x.json'], cwd: repo});
    expect(await main(run.io)).toBe(2);
    expect(run.stderrLines()[0]).toMatchInlineSnapshot(`"analytics:snapshot: Unexpected missing --events, expected --events <file>"`);
  });
});

describe('computeSnapshot on a bad Parquet export', () => {
  it('throws EventsInputError naming the row', async () => {
    const file = path.join(temp, 'bad.parquet');
    const db = await openAnalyticsDb();
    await db.run(`COPY (SELECT * FROM (VALUES
        (TIMESTAMPTZ '2026-11-02 10:00:00+00', 'install', 'u1', 'billing-sync'),
        (TIMESTAMPTZ '2026-11-02 11:00:00+00', 'install', 'u2', 'Billing Sync')) t(ts, event, "user", plugin)) TO ${sqlString(file)} (FORMAT parquet)`);
    db.close();
    const error = await computeSnapshot({events: file}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventsInputError);
    expect((error as EventsInputError).withFile('bad.parquet')).toMatchInlineSnapshot(`"bad.parquet, row 2: Unexpected "Billing Sync" for field "plugin", expected a plugin id (a lower-case slug)"`);
  });
});
