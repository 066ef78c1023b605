import React from 'react';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import data from '@generated/ax-analytics/default/helpfulness.json';

/** The share of helpful ratings per docs page. From the build's snapshot; embeddable in any MDX page as `<AnalyticsHelpfulness />`. */
export default function AnalyticsHelpfulness(): React.ReactElement {
  return <AnalyticsWidget view={data.view} live={data.live} />;
}
