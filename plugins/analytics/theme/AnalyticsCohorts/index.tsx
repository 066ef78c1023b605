import React from 'react';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import data from '@generated/ax-analytics/default/cohorts.json';

/** Retention by weekly install cohort, as a heatmap table. From the build's snapshot; embeddable in any MDX page as `<AnalyticsCohorts />`. */
export default function AnalyticsCohorts(): React.ReactElement {
  return <AnalyticsWidget view={data.view} live={data.live} />;
}
