import {snapshotSchema} from '@site/src/analytics/schema/snapshot';
import {buildWidget, overviewPage, pluginPage} from '@site/src/analytics/views';
import type {FetchLive, LiveResult} from './live-types';

/**
 * The live endpoint, fetched once per page after hydration. Loaded as its own chunk, and only in a
 * build given `liveUrl`: it holds the snapshot schema (zod) and the view builders, which turn the
 * live snapshot into the same view models the build made from the committed one.
 * Never throws: every failure becomes a reason the caption states.
 */
export const fetchLive: FetchLive = async (url, timeoutMs): Promise<LiveResult> => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  // A body can stall after the headers arrived: the same timer covers reading it.
  const failed = (): LiveResult => ({ok: false, reason: controller.signal.aborted ? 'timeout' : 'network error'});
  try {
    let response: Response;
    try {
      response = await fetch(`${url}/v1/snapshot`, {signal: controller.signal, headers: {accept: 'application/json'}, cache: 'no-store'});
    } catch {
      return failed();
    }
    if (!response.ok) return {ok: false, reason: `HTTP ${response.status}`};
    let text: string;
    try {
      text = await response.text();
    } catch {
      return failed();
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return {ok: false, reason: 'invalid JSON'};
    }
    const parsed = snapshotSchema.safeParse(json);
    if (!parsed.success) return {ok: false, reason: 'schema mismatch'};
    const snapshot = parsed.data;
    return {
      ok: true,
      snapshot,
      widget: (spec) => buildWidget(snapshot, spec),
      page: (scope) => (scope === 'overall' ? overviewPage(snapshot) : pluginPage(snapshot, scope)),
    };
  } finally {
    clearTimeout(timer);
  }
};
