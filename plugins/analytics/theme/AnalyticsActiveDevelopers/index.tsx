import React from 'react';
import AnalyticsWidget from '@theme/AnalyticsWidget';
import daily from '@generated/ax-analytics/default/active-daily.json';
import weekly from '@generated/ax-analytics/default/active-weekly.json';

/** Distinct active developers per UTC day or per ISO week; embeddable as `<AnalyticsActiveDevelopers period="daily" />`. */
export default function AnalyticsActiveDevelopers({period = 'weekly'}: {period?: 'daily' | 'weekly'}): React.ReactElement {
  const data = period === 'daily' ? daily : weekly;
  return <AnalyticsWidget view={data.view} live={data.live} />;
}
