import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {describeExpected, eventColumns} from '../row-checks';
import {eventNames, eventRequirements, telemetryEventSchema, type TelemetryEvent} from '../schema/event';
import {computeSnapshot} from '../snapshot';

/** The SQL row checks follow the contract table: every required field of every event is checked, and what zod accepts, SQL accepts. */

const temp = mkdtempSync(path.join(tmpdir(), 'ax-analytics-rows-'));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

const sample: Record<string, unknown> = {plugin: 'billing-sync', search_id: 's1', query: 'billing', results: 0, archetype: 'auth', lab: 'first-plugin', page: '/docs/a', rating: 'down', reasons: ['outdated']};
function fullEvent(event: (typeof eventNames)[number]): TelemetryEvent {
  const {required, optional} = eventRequirements[event];
  return {ts: '2026-11-02T10:00:00.5Z', event, user: 'u1', ...Object.fromEntries([...required, ...optional].map((f) => [f, sample[f]]))} as TelemetryEvent;
}
async function firstError(lines: object[]): Promise<string> {
  const file = path.join(temp, `e${Math.random().toString(36).slice(2)}.ndjson`);
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
  return computeSnapshot({events: file}).then(
    () => 'valid',
    (e: Error) => e.message.replace(`${file}`, 'f'),
  );
}

describe('row checks derived from eventRequirements', () => {
  it('accepts one event of every kind with every field it may carry, as zod does', async () => {
    const events = eventNames.map(fullEvent);
    for (const e of events) expect(telemetryEventSchema.safeParse(e).success).toBe(true);
    expect(await firstError(events)).toBe('valid');
  });

  const cases = eventNames.flatMap((event) => ['ts', 'user', ...eventRequirements[event].required].map((field) => ({event, field})));
  it.each(cases)('rejects $event without $field', async ({event, field}) => {
    const {[field]: _dropped, ...rest} = fullEvent(event) as unknown as Record<string, unknown>;
    const on = field === 'ts' || field === 'user' ? '' : ` for event "${event}"`;
    expect(await firstError([rest])).toBe(`f:1: Unexpected missing field "${field}"${on}, expected ${describeExpected(field as (typeof eventColumns)[number])}`);
  });

  it('ignores a field the event does not list, as zod does', async () => {
    expect(await firstError([{...fullEvent('search'), plugin: 'Not A Slug', lab: 42}])).toBe('valid');
  });

  it('checks list items', async () => {
    expect(await firstError([{...fullEvent('feedback'), reasons: ['fine', 3]}])).toMatchInlineSnapshot(`"f:1: Unexpected ["fine",3] for field "reasons", expected a list of at most 20 strings of at most 200 characters"`);
  });
});
