import React from 'react';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import data from '@generated/ax-analytics/default/labs.json';

/** Developers who started and completed each lab. From the build's snapshot; embeddable in any MDX page as `<AnalyticsLabs />`. */
export default function AnalyticsLabs(): React.ReactElement {
  return <AnalyticsWidget view={data.view} live={data.live} />;
}
