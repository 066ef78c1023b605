import React from 'react';
import {Group} from '@visx/group';
import {scaleLinear} from '@visx/scale';
import {Bar, Line} from '@visx/shape';
import type {DivergingBars} from '@site/src/analytics/views/charts';
import {formatChange} from '@site/src/analytics/views/format';
import {ChartSvg, usePatternIds} from './Patterns';
import styles from './styles.module.css';

const width = 720;
const rowHeight = 28;
const barHeight = 16;
const plotLeft = 10;
const plotWidth = 380;

/** Week-over-week changes as bars left or right of zero, with the alert threshold as a dashed line. Firing rows are hatched and say "firing". */
export default function DivergingBarChart({chart, desc}: {chart: DivergingBars; desc: string}): React.ReactElement {
  const ids = usePatternIds();
  const values = chart.rows.map((r) => r.value ?? 0);
  const x = scaleLinear<number>({domain: [Math.min(chart.threshold * 2, ...values), Math.max(0.25, ...values)], range: [plotLeft, plotLeft + plotWidth], nice: true});
  const top = 24;
  const height = top + Math.max(1, chart.rows.length) * rowHeight + 4;
  return (
    <ChartSvg ids={ids} width={width} height={height} title={chart.title} desc={desc}>
      <Line from={{x: x(0), y: top - 4}} to={{x: x(0), y: height - 2}} className={styles.axis} />
      <Line from={{x: x(chart.threshold), y: top - 4}} to={{x: x(chart.threshold), y: height - 2}} className={styles.threshold} />
      <text x={x(chart.threshold)} y={14} textAnchor="middle" className={styles.small}>
        {`${formatChange(chart.threshold)} threshold`}
      </text>
      <text x={x(0)} y={14} dx={6} className={styles.small}>
        0
      </text>
      {chart.rows.map((row, i) => {
        const v = row.value ?? 0;
        const left = Math.min(x(0), x(v));
        const w = Math.abs(x(v) - x(0));
        return (
          <Group key={`${row.label}-${i}`} top={top + i * rowHeight}>
            <text x={plotLeft + plotWidth + 16} y={19} className={styles.small}>
              {`${row.label} · ${row.valueText}`}
            </text>
            {row.value !== null && (
              <Bar x={left} y={6} width={w} height={barHeight} {...(row.firing ? {fill: `url(#${ids.firing})`, className: styles.firingOutline} : {className: styles.solid})} />
            )}
          </Group>
        );
      })}
    </ChartSvg>
  );
}
