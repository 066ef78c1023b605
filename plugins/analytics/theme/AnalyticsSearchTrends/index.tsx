import React from 'react';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import data from '@generated/ax-analytics/default/search-trends.json';

/** Top, rising and zero-result search queries of the last complete week. From the build's snapshot; embeddable in any MDX page as `<AnalyticsSearchTrends />`. */
export default function AnalyticsSearchTrends(): React.ReactElement {
  return <AnalyticsWidget view={data.view} live={data.live} />;
}
