import {createEventQueue, telemetryStorageKey, type EventQueue} from './event-queue';

/**
 * The page's one event queue, shared by every widget (feedback, labs, the progress page), so
 * they see each other's events. Made on first use in the browser, never during server rendering.
 */

let shared: EventQueue | undefined;

function localStorageOrNone(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Refused (some private modes): events then last for the visit.
    return undefined;
  }
}

/** The shared queue for `endpoint` (from `siteConfig.customFields`); call in the browser only. */
export function browserEventQueue(endpoint: string | undefined): EventQueue {
  if (shared && shared.endpoint === endpoint) return shared;
  const queue = createEventQueue({
    storage: localStorageOrNone(),
    endpoint,
    sendBeacon: typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function' ? (url, body) => navigator.sendBeacon(url, body) : undefined,
  });
  // Another tab recording feedback or progress updates this tab's lists too.
  window.addEventListener('storage', (e) => {
    if (e.key === telemetryStorageKey || e.key === null) queue.notifyExternalChange();
  });
  shared = queue;
  return queue;
}

/** Offers the queued events as an NDJSON file download. */
export function downloadQueuedEvents(queue: EventQueue, fileName = 'ax-telemetry-events.ndjson'): void {
  const url = URL.createObjectURL(new Blob([queue.toNdjson()], {type: 'application/x-ndjson'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
