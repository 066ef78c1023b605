import {useCallback, useEffect, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {TelemetryEvent} from '@site/src/analytics/schema/event';
import {browserEventQueue, type EventQueue, type RecordOutcome, type SiteEventInput} from '@site/src/telemetry';
import {telemetryUrlFromCustomFields} from '@site/src/telemetry/config';

/** The endpoint built into the site (`AX_TELEMETRY_URL`), or undefined when events only queue. */
export function useTelemetryEndpoint(): string | undefined {
  const {siteConfig} = useDocusaurusContext();
  return telemetryUrlFromCustomFields(siteConfig.customFields);
}

/**
 * Records site events through the page's shared queue. The queue is made on the first record,
 * so a click before hydration finished still reaches it and server rendering never touches it.
 */
export function useRecordEvent(): (input: SiteEventInput) => RecordOutcome {
  const endpoint = useTelemetryEndpoint();
  return useCallback((input: SiteEventInput) => browserEventQueue(endpoint).record(input), [endpoint]);
}

/** The queued events, kept current as any widget or tab records more; empty before hydration. */
export function useQueuedEvents(): {events: TelemetryEvent[]; queue: EventQueue | undefined} {
  const endpoint = useTelemetryEndpoint();
  const [queue, setQueue] = useState<EventQueue>();
  const [events, setEvents] = useState<TelemetryEvent[]>([]);
  useEffect(() => {
    const q = browserEventQueue(endpoint);
    setQueue(q);
    setEvents(q.list());
    return q.subscribe(() => setEvents(q.list()));
  }, [endpoint]);
  return {events, queue};
}
