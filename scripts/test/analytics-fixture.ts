/**
 * Live analytics in the test build: the Algolia-mode build is also given this endpoint, and the
 * browser tests start a mock of it on this port to make it answer, fail, stall or attack.
 * Loopback only; a fixed port because the URL is baked into the build. It lies below Linux's
 * ephemeral range (32768–60999): 47614 was in it, and once an outgoing connection of the test run
 * held it, the mock could not listen (EADDRINUSE, clean-clone CI of 62dd730).
 */
export const liveAnalyticsPort = 29_614;

export const analyticsLiveTestEnv = {
  AX_ANALYTICS_URL: `http://127.0.0.1:${liveAnalyticsPort}`,
} as const;
