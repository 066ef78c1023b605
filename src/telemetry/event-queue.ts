import type {TelemetryEvent} from '../analytics/schema/event';
import {siteEventProblem, toTelemetryEvent, type SiteEventInput} from './events';

/**
 * The browser's queue of the site's own telemetry events (feedback, lab progress), shared by
 * every widget that records one. Everything lives in localStorage under one key: the reader's
 * pseudonymous id and the events not (yet) sent. With an endpoint configured at build time the
 * queue sends with `navigator.sendBeacon` and keeps only what the browser refused; without one
 * it keeps every event, for the reader to see and download, and sends nothing anywhere.
 */

/** The one localStorage key the queue uses. */
export const telemetryStorageKey = 'ax-telemetry';

/**
 * Oldest events are dropped beyond this: localStorage holds about 5 MB per origin and the labs'
 * progress and checklists share it. A thousand events is years of one reader's feedback.
 */
export const maxQueuedEvents = 1000;

/** What the queue keeps under {@link telemetryStorageKey}. */
export interface StoredTelemetry {
  version: 1;
  /** Random, made in this browser; never an email, a name or an account id. */
  user: string;
  events: TelemetryEvent[];
}

/** The part of `Storage` the queue uses, so tests can hand it a map. */
export type TelemetryStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface EventQueueOptions {
  /** localStorage, or none where storage is missing or refused (events then last for the visit). */
  storage: TelemetryStorage | undefined;
  /** `AX_TELEMETRY_URL` as built into the site, or none: then nothing is ever sent. */
  endpoint: string | undefined;
  /** `navigator.sendBeacon`, bound; none where the browser lacks it. */
  sendBeacon?: (url: string, body: string) => boolean;
  now?: () => Date;
  /** Makes a new pseudonymous id; random by default. */
  newUserId?: () => string;
}

/** What became of a recorded event. */
export type RecordOutcome = 'sent' | 'queued';

export interface EventQueue {
  /** The endpoint events are sent to, or undefined when they only queue. */
  readonly endpoint: string | undefined;
  /** Stamps an event with the time and the reader's id, then sends or queues it. */
  record(input: SiteEventInput): RecordOutcome;
  /** Events waiting in this browser, oldest first. */
  list(): TelemetryEvent[];
  /** The reader's pseudonymous id, made on first use. */
  user(): string;
  /** Forgets queued events (the id stays, so later events still count as one reader). */
  clear(): void;
  /** Queued events as NDJSON, one event per line: the marketplace export format. */
  toNdjson(): string;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Tells subscribers the stored queue changed elsewhere (another tab). */
  notifyExternalChange(): void;
}

function randomUserId(): string {
  const c = (globalThis as {crypto?: Crypto}).crypto;
  const random = c?.randomUUID ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `web-${random}`;
}

function isStored(value: unknown): value is StoredTelemetry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StoredTelemetry>;
  return v.version === 1 && typeof v.user === 'string' && v.user !== '' && Array.isArray(v.events);
}

/** The queue over the given storage; see {@link browserEventQueue} for the page's shared one. */
export function createEventQueue(options: EventQueueOptions): EventQueue {
  const {storage, endpoint, sendBeacon} = options;
  const now = options.now ?? (() => new Date());
  const newUserId = options.newUserId ?? randomUserId;
  const listeners = new Set<() => void>();
  // Used when storage is missing or refuses to write, so the visit still works.
  let memory: StoredTelemetry | undefined;

  function read(): StoredTelemetry {
    try {
      const parsed = JSON.parse(storage?.getItem(telemetryStorageKey) ?? 'null') as unknown;
      if (isStored(parsed)) return parsed;
    } catch {
      // Unreadable or refused: start afresh below.
    }
    memory ??= {version: 1, user: newUserId(), events: []};
    return memory;
  }

  function write(state: StoredTelemetry): void {
    memory = state;
    try {
      storage?.setItem(telemetryStorageKey, JSON.stringify(state));
    } catch {
      // Full or refused: the in-memory copy serves this visit.
    }
    for (const listener of listeners) listener();
  }

  /** Sends `events` in one beacon; true when the browser accepted them for delivery. */
  function beacon(events: TelemetryEvent[]): boolean {
    if (!endpoint || !sendBeacon || events.length === 0) return false;
    try {
      // A string body goes as text/plain, which needs no CORS preflight a beacon cannot make.
      return sendBeacon(endpoint, events.map((e) => JSON.stringify(e)).join('\n'));
    } catch {
      return false;
    }
  }

  return {
    endpoint,
    record(input) {
      const problem = siteEventProblem(input);
      if (problem) throw new Error(problem);
      const state = read();
      const event = toTelemetryEvent(input, now().toISOString(), state.user);
      const pending = [...state.events, event];
      // Events refused earlier go with this one, so a flaky moment does not lose them.
      if (beacon(pending)) {
        write({...state, events: []});
        return 'sent';
      }
      write({...state, events: pending.slice(-maxQueuedEvents)});
      return 'queued';
    },
    list: () => [...read().events],
    user: () => {
      const state = read();
      // Persist a freshly made id, so the reader keeps it across visits.
      if (storage?.getItem(telemetryStorageKey) == null) write(state);
      return state.user;
    },
    clear() {
      write({...read(), events: []});
    },
    toNdjson: () => read().events.map((e) => `${JSON.stringify(e)}\n`).join(''),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notifyExternalChange() {
      memory = undefined;
      for (const listener of listeners) listener();
    },
  };
}
