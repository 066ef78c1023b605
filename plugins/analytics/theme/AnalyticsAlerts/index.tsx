import React from 'react';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import data from '@generated/ax-analytics/default/alerts.json';

/** Week-over-week installs alerts per plugin, against the alert threshold. From the build's snapshot; embeddable in any MDX page as `<AnalyticsAlerts />`. */
export default function AnalyticsAlerts(): React.ReactElement {
  return <AnalyticsWidget view={data.view} live={data.live} />;
}
