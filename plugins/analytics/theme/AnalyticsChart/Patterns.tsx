import React, {useId} from 'react';
import type {SegmentStyle} from '@site/src/analytics/views/charts';
import styles from './styles.module.css';

/** Ids of one chart's fill patterns; unique per chart, so several charts share a page. */
export function usePatternIds() {
  const base = `ax-chart-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return {hatched: `${base}-hatched`, dotted: `${base}-dotted`, firing: `${base}-firing`, title: `${base}-title`, desc: `${base}-desc`};
}

export type PatternIds = ReturnType<typeof usePatternIds>;

/** Hatching (incomplete periods, stale pages), dots (due soon) and red hatching (firing alerts). */
export function Patterns({ids}: {ids: PatternIds}): React.ReactElement {
  return (
    <defs>
      <pattern id={ids.hatched} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="7" height="7" className={styles.patternBg} />
        <line x1="1.5" y1="0" x2="1.5" y2="7" className={styles.patternInk} strokeWidth="3" />
      </pattern>
      <pattern id={ids.dotted} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className={styles.patternBg} />
        <circle cx="3" cy="3" r="1.6" className={styles.patternInk} />
      </pattern>
      <pattern id={ids.firing} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="7" height="7" className={styles.patternBg} />
        <line x1="1.5" y1="0" x2="1.5" y2="7" className={styles.firingInk} strokeWidth="3" />
      </pattern>
    </defs>
  );
}

/** The fill and outline of a bar segment of a given style. */
export function segmentProps(style: SegmentStyle, ids: PatternIds): {className?: string; fill?: string} {
  switch (style) {
    case 'hatched':
      return {fill: `url(#${ids.hatched})`, className: styles.outlined};
    case 'dotted':
      return {fill: `url(#${ids.dotted})`, className: styles.outlined};
    case 'light':
      return {className: styles.light};
    default:
      return {className: styles.solid};
  }
}

/** The `<svg>` every chart uses: an image with a title and a description, sized by its view box. */
export function ChartSvg({ids, width, height, title, desc, children, testId}: {ids: PatternIds; width: number; height: number; title: string; desc: string; children: React.ReactNode; testId?: string}): React.ReactElement {
  return (
    // Drawn at most at its own scale; on a phone it shrinks only until its smallest text (13 px) would drop below 12 px, then scrolls sideways (papercut analytics-chart-text).
    <svg className={styles.chart} style={{maxWidth: width, minWidth: Math.round((width * 12) / 13)}} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={ids.title} aria-describedby={ids.desc} data-testid={testId}>
      <title id={ids.title}>{title}</title>
      <desc id={ids.desc}>{desc}</desc>
      <Patterns ids={ids} />
      {children}
    </svg>
  );
}
