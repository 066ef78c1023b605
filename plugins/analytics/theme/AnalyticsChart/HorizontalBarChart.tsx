import React from 'react';
import {Group} from '@visx/group';
import {scaleLinear} from '@visx/scale';
import {Bar} from '@visx/shape';
import type {HorizontalBars} from '@site/src/analytics/views/charts';
import {ChartSvg, segmentProps, usePatternIds} from './Patterns';
import styles from './styles.module.css';

const width = 500;
const rowHeight = 46;
const barHeight = 18;
const valueSpace = 170;

/** One bar per row, its label above it and its value as text after it; segments stack left to right. */
export default function HorizontalBarChart({chart, desc}: {chart: HorizontalBars; desc: string}): React.ReactElement {
  const ids = usePatternIds();
  const totals = chart.rows.map((r) => r.segments.reduce((n, s) => n + s.value, 0));
  const x = scaleLinear<number>({domain: [0, Math.max(chart.max ?? 0, ...totals, 1)], range: [0, width - valueSpace - 4]});
  const height = Math.max(1, chart.rows.length) * rowHeight + 8;
  return (
    <ChartSvg ids={ids} width={width} height={height} title={chart.title} desc={desc}>
      {chart.rows.map((row, i) => {
        let left = 0;
        return (
          <Group key={`${row.label}-${i}`} top={i * rowHeight + 4} left={2}>
            <text x={0} y={15} className={styles.text}>
              {row.label}
            </text>
            {row.segments.map((s, j) => {
              const w = x(s.value);
              const bar = <Bar key={j} x={left} y={22} width={Math.max(0, w)} height={barHeight} {...segmentProps(s.style, ids)} />;
              left += w;
              return bar;
            })}
            <text x={left + 8} y={36} className={styles.small}>
              {row.valueText}
            </text>
          </Group>
        );
      })}
    </ChartSvg>
  );
}
