import {describe, expect, it} from 'vitest';
import {telemetryEventSchema} from '../../analytics/schema/event';
import {createEventQueue, maxQueuedEvents, telemetryStorageKey, type EventQueueOptions, type TelemetryStorage} from '../event-queue';
import type {SiteEventInput} from '../events';

/** A Map behind the Storage methods the queue uses. */
function mapStorage(initial: Record<string, string> = {}): TelemetryStorage & {map: Map<string, string>} {
  const map = new Map(Object.entries(initial));
  return {map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v)};
}

const fixedNow = () => new Date('2026-11-30T14:05:00.000Z');
let ids = 0;
const queueWith = (over: Partial<EventQueueOptions> = {}) =>
  createEventQueue({storage: mapStorage(), endpoint: undefined, now: fixedNow, newUserId: () => `web-test-${++ids}`, ...over});

const inputs: {name: string; input: SiteEventInput}[] = [
  {name: 'feedback up', input: {event: 'feedback', page: '/docs/start-here', rating: 'up'}},
  {name: 'feedback down with reasons', input: {event: 'feedback', page: '/docs/start-here', rating: 'down', reasons: ['outdated', 'other']}},
  {name: 'feedback down without reasons', input: {event: 'feedback', page: '/runbooks/deploy', rating: 'down', reasons: []}},
  {name: 'lab started', input: {event: 'lab_started', lab: 'first-plugin'}},
  {name: 'lab completed', input: {event: 'lab_completed', lab: 'incident-drill'}},
];

describe('event queue', () => {
  it.each(inputs)('$name: the queued event passes the analytics event schema', ({input}) => {
    const queue = queueWith();
    expect(queue.record(input)).toBe('queued');
    const [event] = queue.list();
    expect(telemetryEventSchema.safeParse(event).error).toBeUndefined();
    expect(event).toMatchObject({ts: '2026-11-30T14:05:00.000Z', user: queue.user(), event: input.event});
  });

  it('keeps everything under one localStorage key, with one pseudonymous id across queues', () => {
    const storage = mapStorage();
    const first = queueWith({storage});
    first.record(inputs[0]!.input);
    const again = queueWith({storage});
    again.record(inputs[3]!.input);
    expect([...storage.map.keys()]).toEqual([telemetryStorageKey]);
    expect(again.list().map((e) => e.user)).toEqual([first.user(), first.user()]);
    expect(first.user()).toMatch(/^web-/);
  });

  it('never sends without an endpoint, even where sendBeacon exists', () => {
    const sent: string[] = [];
    const queue = queueWith({sendBeacon: (_url, body) => (sent.push(body), true)});
    expect(queue.record(inputs[0]!.input)).toBe('queued');
    expect(sent).toEqual([]);
    expect(queue.list()).toHaveLength(1);
  });

  it('sends by beacon when an endpoint is configured, with events refused earlier', () => {
    const sent: {url: string; body: string}[] = [];
    let accept = false;
    const queue = queueWith({endpoint: 'https://telemetry.ax.example/v1/events', sendBeacon: (url, body) => (sent.push({url, body}), accept)});
    expect(queue.record(inputs[3]!.input)).toBe('queued');
    accept = true;
    expect(queue.record(inputs[4]!.input)).toBe('sent');
    expect(queue.list()).toEqual([]);
    const lines = sent[1]!.body.split('\n').map((l) => JSON.parse(l) as {event: string});
    expect(sent[1]!.url).toBe('https://telemetry.ax.example/v1/events');
    expect(lines.map((e) => e.event)).toEqual(['lab_started', 'lab_completed']);
  });

  it('lists, downloads as NDJSON and clears', () => {
    const queue = queueWith();
    queue.record(inputs[0]!.input);
    queue.record(inputs[3]!.input);
    const lines = queue.toNdjson().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[1]!)).toEqual(queue.list()[1]);
    queue.clear();
    expect(queue.list()).toEqual([]);
  });

  it('drops the oldest events beyond the cap', () => {
    const queue = queueWith();
    for (let i = 0; i <= maxQueuedEvents; i++) queue.record({event: 'lab_started', lab: `lab-${i}`});
    expect(queue.list()).toHaveLength(maxQueuedEvents);
    expect(queue.list()[0]!.lab).toBe('lab-1');
  });

  it('works for the visit when storage is missing, refused or holds something else', () => {
    const refusing: TelemetryStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    for (const storage of [undefined, refusing, mapStorage({[telemetryStorageKey]: '{"version":0}'})]) {
      const queue = queueWith({storage});
      queue.record(inputs[0]!.input);
      expect(queue.list()).toHaveLength(1);
    }
  });

  it('tells subscribers about every change', () => {
    const queue = queueWith();
    let calls = 0;
    const stop = queue.subscribe(() => calls++);
    queue.record(inputs[0]!.input);
    queue.clear();
    stop();
    queue.record(inputs[0]!.input);
    expect(calls).toBe(2);
  });

  it.each([
    {input: {event: 'feedback', page: 'docs/start-here', rating: 'up'} as SiteEventInput},
    {input: {event: 'lab_started', lab: 'First Plugin'} as SiteEventInput},
    {input: {event: 'feedback', page: '/docs', rating: 'down', reasons: ['x'.repeat(201)]} as SiteEventInput},
  ])('refuses an event the schema would reject: $input', ({input}) => {
    expect(() => queueWith().record(input)).toThrowError(/^Unexpected /);
  });
});
