import React from 'react';
import type {TeamHealth} from '@site/src/checks/health';
import styles from './styles.module.css';

const barWidth = 320;
const rowHeight = 34;
const labelWidth = 190;

/**
 * Stale and due-soon pages per team as stacked bars. Stale bars are hatched and due-soon
 * bars dotted, and every bar is labelled with its count, so no meaning rests on colour.
 * The table beside it carries the same numbers as text.
 */
export default function HealthChart({teams}: {teams: TeamHealth[]}): React.ReactElement {
  const max = Math.max(1, ...teams.map((t) => t.pages));
  const scale = (n: number) => (n / max) * barWidth;
  const height = teams.length * rowHeight + 30;
  return (
    <svg className={styles.chart} viewBox={`0 0 ${labelWidth + barWidth + 150} ${height}`} role="img" aria-labelledby="health-chart-title health-chart-desc">
      <title id="health-chart-title">Pages per owner team: stale, due soon and fresh</title>
      <desc id="health-chart-desc">
        {teams.map((t) => `${t.name}: ${t.stale.length} stale, ${t.dueSoon.length} due soon, ${t.pages - t.stale.length - t.dueSoon.length} fresh`).join('. ')}
      </desc>
      <defs>
        <pattern id="health-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className={styles.stale} />
          <line x1="0" y1="0" x2="0" y2="6" className={styles.hatchLine} strokeWidth="3" />
        </pattern>
        <pattern id="health-dots" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" className={styles.due} />
          <circle cx="3" cy="3" r="1.4" className={styles.dot} />
        </pattern>
      </defs>
      {teams.map((t, i) => {
        const y = i * rowHeight + 6;
        const stale = scale(t.stale.length);
        const due = scale(t.dueSoon.length);
        const fresh = scale(t.pages - t.stale.length - t.dueSoon.length);
        return (
          <g key={t.id}>
            <text x={labelWidth - 8} y={y + 16} textAnchor="end" className={styles.label}>
              {t.name}
            </text>
            <rect x={labelWidth} y={y} width={stale} height={22} fill="url(#health-hatch)" />
            <rect x={labelWidth + stale} y={y} width={due} height={22} fill="url(#health-dots)" />
            <rect x={labelWidth + stale + due} y={y} width={fresh} height={22} className={styles.fresh} />
            <text x={labelWidth + stale + due + fresh + 6} y={y + 16} className={styles.label}>
              {`${t.stale.length} stale · ${t.dueSoon.length} due`}
            </text>
          </g>
        );
      })}
      <text x={labelWidth} y={height - 6} className={styles.label}>
        Hatched: stale · dotted: due soon · plain: fresh
      </text>
    </svg>
  );
}
