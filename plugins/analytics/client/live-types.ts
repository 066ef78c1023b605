import type {Snapshot} from '@site/src/analytics/schema/snapshot';
import type {AnalyticsPageView, WidgetSpec, WidgetView} from '@site/src/analytics/views';

/** Why live figures are not shown; the caption says it in these words. */
export type LiveFailure = 'timeout' | `HTTP ${number}` | 'invalid JSON' | 'schema mismatch' | 'network error';

/** The live chunk's answer: a validated snapshot with the builders to render it, or why not. */
export type LiveResult = {ok: true; snapshot: Snapshot; widget: (spec: WidgetSpec) => WidgetView; page: (scope: string) => AnalyticsPageView} | {ok: false; reason: LiveFailure};

/** What `@ax-analytics/live-snapshot` exports: the real fetcher in a live build, null in a default one. */
export type FetchLive = ((url: string, timeoutMs: number) => Promise<LiveResult>) | null;
