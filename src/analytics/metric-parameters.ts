/**
 * The windows the metric definitions use, written once. The metric SQL in `analytics/metrics/`
 * receives them as named parameters (`$install_window_days`, …), and the analytics guide and
 * the widgets' captions render them, so the words and the numbers cannot disagree.
 */
export const metricParameters = {
  /** A search converts when an install carries its `search_id` within this many hours after it (inclusive). */
  conversionWindowHours: 24,
  /** A viewed (user, plugin) pair counts as installed when it installs within this many days after its first view. */
  installWindowDays: 7,
  /** An installed pair counts as retained with a `plugin_active` at least this many days after its install. */
  retentionDays: 30,
} as const;

/**
 * The funnel only counts pairs first viewed at least this many days before `asOf`, so every
 * counted pair has had the whole install window and the whole retention period.
 */
export const funnelLookbackDays = metricParameters.installWindowDays + metricParameters.retentionDays;

/** The parameters as the SQL files name them: snake case, plus the derived lookback and the alert thresholds. */
export function sqlParameters(alert: {firingChange: number; minPreviousInstalls: number}): Record<string, number> {
  return {
    conversion_window_hours: metricParameters.conversionWindowHours,
    install_window_days: metricParameters.installWindowDays,
    retention_days: metricParameters.retentionDays,
    funnel_lookback_days: funnelLookbackDays,
    alert_firing_change: alert.firingChange,
    alert_min_previous_installs: alert.minPreviousInstalls,
  };
}
