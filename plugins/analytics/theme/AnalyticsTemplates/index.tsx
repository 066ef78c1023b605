import React from 'react';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import data from '@generated/ax-analytics/default/templates.json';

/** Template inits per archetype, with template adoption. From the build's snapshot; embeddable in any MDX page as `<AnalyticsTemplates />`. */
export default function AnalyticsTemplates(): React.ReactElement {
  return <AnalyticsWidget view={data.view} live={data.live} />;
}
