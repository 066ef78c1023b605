import React from 'react';
import AnalyticsChart from '@theme/AnalyticsChart';
import type {TeamHealth} from '@site/src/checks/health';
import type {HorizontalBars} from '@site/src/analytics/views/charts';
import {countOf} from '@site/src/text/count';

/**
 * Stale and due-soon pages per team as stacked bars, drawn by the analytics chart components.
 * Stale segments are hatched and due-soon ones dotted, and every bar states its counts, so no
 * meaning rests on colour. The table beside it carries the same numbers as text.
 */
export default function HealthChart({teams}: {teams: TeamHealth[]}): React.ReactElement {
  const chart: HorizontalBars = {
    type: 'hbar',
    title: 'Pages per owner team: stale, due soon and fresh',
    rows: teams.map((t) => ({
      label: t.name,
      segments: [
        {value: t.stale.length, style: 'hatched', name: 'stale'},
        {value: t.dueSoon.length, style: 'dotted', name: 'due soon'},
        {value: t.pages - t.stale.length - t.dueSoon.length, style: 'light', name: 'fresh'},
      ],
      valueText: t.pages ? `${t.stale.length} stale · ${t.dueSoon.length} due · ${countOf(t.pages, 'page')}` : 'no pages',
    })),
    legend: 'Hatched: stale · dotted: due soon · outlined: fresh.',
  };
  const desc = teams.map((t) => `${t.name}: ${t.stale.length} stale, ${t.dueSoon.length} due soon, ${t.pages - t.stale.length - t.dueSoon.length} fresh`).join('. ');
  return <AnalyticsChart chart={chart} desc={desc} />;
}
