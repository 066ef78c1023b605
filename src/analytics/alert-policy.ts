/**
 * The week-over-week installs alert: its thresholds, written once. The alert SQL
 * (`analytics/metrics/alerts.sql`) receives them as named parameters, and the typed alert list
 * (`src/content-model/ops/alerts.ts`), the runbook and the analytics guide render them, so a
 * change of threshold is one edit here.
 */
export const installsDropAlert = {
  /** The alert's name in the alert list and the paging tool. */
  name: 'MarketplaceInstallsDrop',
  /** The alert fires when the week-over-week change of installs is below this (exactly −20% does not fire). */
  firingChange: -0.2,
  /** Below this many installs in the previous week, the change is too noisy to judge: `low_volume`. */
  minPreviousInstalls: 10,
} as const;

/** The alert's condition in words, as the alert list and the pages show it. */
export function installsDropCondition(): string {
  const pct = Math.round(-installsDropAlert.firingChange * 100);
  return `A plugin's installs in the last complete ISO week fell by more than ${pct}% from the week before, when that week had at least ${installsDropAlert.minPreviousInstalls} installs`;
}
