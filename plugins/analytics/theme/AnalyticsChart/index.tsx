import React from 'react';
import type {ChartView} from '@site/src/analytics/views/charts';
import DailyLineChart from './DailyLineChart';
import DivergingBarChart from './DivergingBarChart';
import HeatmapTable from './HeatmapTable';
import HorizontalBarChart from './HorizontalBarChart';
import WeeklyBarChart from './WeeklyBarChart';
import styles from './styles.module.css';

/**
 * Draws one chart view model as server-rendered SVG (visx), readable without JavaScript. `desc`
 * is the chart's text alternative. Used by the analytics widgets and the doc health page.
 */
export default function AnalyticsChart({chart, desc}: {chart: ChartView; desc: string}): React.ReactElement {
  const body = (() => {
    switch (chart.type) {
      case 'hbar':
        return <HorizontalBarChart chart={chart} desc={desc} />;
      case 'weekly':
        return <WeeklyBarChart chart={chart} desc={desc} />;
      case 'daily':
        return <DailyLineChart chart={chart} desc={desc} />;
      case 'diverging':
        return <DivergingBarChart chart={chart} desc={desc} />;
      case 'heatmap':
        return <HeatmapTable chart={chart} />;
    }
  })();
  const legend = chart.legend && <p className={styles.legend}>{chart.legend}</p>;
  // The heatmap is a table with its own scrolling wrapper; an SVG chart scrolls sideways on a phone rather than shrink its text.
  if (chart.type === 'heatmap')
    return (
      <div className={styles.chartArea}>
        {body}
        {legend}
      </div>
    );
  return (
    <div className={styles.chartArea}>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={`${chart.title}, chart, scrolls sideways`}>
        {body}
      </div>
      {legend}
    </div>
  );
}
