import React from 'react';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import data from '@generated/ax-analytics/default/top-plugins.json';

/** The top plugins by installs, each linking to its own page. From the build's snapshot; embeddable in any MDX page as `<AnalyticsTopPlugins />`. */
export default function AnalyticsTopPlugins(): React.ReactElement {
  return <AnalyticsWidget view={data.view} live={data.live} />;
}
