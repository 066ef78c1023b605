/**
 * Live analytics in the test build: the Algolia-mode build is also given this endpoint, and the
 * browser tests start a mock of it on this port to make it answer, fail, stall or attack.
 * Loopback only; a fixed port because the URL is baked into the build.
 */
export const liveAnalyticsPort = 47_614;

export const analyticsLiveTestEnv = {
  AX_ANALYTICS_URL: `http://127.0.0.1:${liveAnalyticsPort}`,
} as const;
