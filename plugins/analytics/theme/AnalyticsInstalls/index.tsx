import React from 'react';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import data from '@generated/ax-analytics/default/installs.json';

/** Installs per ISO week, with search conversion as a line. From the build's snapshot; embeddable in any MDX page as `<AnalyticsInstalls />`. */
export default function AnalyticsInstalls(): React.ReactElement {
  return <AnalyticsWidget view={data.view} live={data.live} />;
}
