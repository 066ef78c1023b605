import type {FetchLive} from './live-types';

/**
 * What `@ax-analytics/live-snapshot` resolves to in a build without a live endpoint: nothing, so
 * the schema validator and the view builders never reach the browser.
 */
export const fetchLive: FetchLive = null;
