import React from 'react';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import data from '@generated/ax-analytics/default/funnel.json';

/** The adoption funnel over all plugins: viewed, installed within 7 days, active 30+ days after install. From the build's snapshot; embeddable in any MDX page as `<AnalyticsFunnel />`. */
export default function AnalyticsFunnel(): React.ReactElement {
  return <AnalyticsWidget view={data.view} live={data.live} />;
}
