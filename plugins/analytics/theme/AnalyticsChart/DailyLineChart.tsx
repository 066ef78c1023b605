import React from 'react';
import {AxisBottom, AxisLeft} from '@visx/axis';
import {Group} from '@visx/group';
import {scaleLinear} from '@visx/scale';
import {LinePath} from '@visx/shape';
import type {DailyLine} from '@site/src/analytics/views/charts';
import {formatCount} from '@site/src/analytics/views/format';
import {ChartSvg, usePatternIds} from './Patterns';
import styles from './styles.module.css';

const width = 600;
const height = 230;
const margin = {top: 16, right: 24, bottom: 36, left: 56};
const tickLabel = {className: styles.small, fontSize: 13};

/** A daily series as a line; the x axis labels about six days, always the first and the last. */
export default function DailyLineChart({chart, desc}: {chart: DailyLine; desc: string}): React.ReactElement {
  const ids = usePatternIds();
  const innerW = width - margin.left - margin.right;
  const innerH = height - margin.top - margin.bottom;
  const n = chart.points.length;
  const x = scaleLinear<number>({domain: [0, Math.max(1, n - 1)], range: [0, innerW]});
  const y = scaleLinear<number>({domain: [0, Math.max(1, ...chart.points.map((p) => p.value))], range: [innerH, 0], nice: true});
  const step = Math.max(1, Math.ceil((n - 1) / 5));
  const ticks = Array.from({length: n}, (_, i) => i).filter((i) => i % step === 0 && n - 1 - i >= step / 2);
  if (n) ticks.push(n - 1);
  const last = chart.points.at(-1);
  return (
    <ChartSvg ids={ids} width={width} height={height} title={chart.title} desc={desc}>
      <Group left={margin.left} top={margin.top}>
        <LinePath data={chart.points} x={(_, i) => x(i)} y={(p) => y(p.value)} className={styles.line} style={{stroke: 'var(--ax-chart-bar)'}} />
        {last && <circle cx={x(n - 1)} cy={y(last.value)} r={4} className={styles.dot} style={{stroke: 'var(--ax-chart-bar)'}} />}
        <AxisLeft scale={y} numTicks={4} stroke="currentColor" tickStroke="currentColor" tickFormat={(v) => formatCount(Number(v))} tickLabelProps={{...tickLabel, textAnchor: 'end', dx: -4, dy: 4}} />
        <AxisBottom
          top={innerH}
          scale={x}
          stroke="currentColor"
          tickStroke="currentColor"
          tickValues={ticks}
          tickFormat={(v) => chart.points[Number(v)]?.label ?? ''}
          tickLabelProps={{...tickLabel, textAnchor: 'middle', dy: 4}}
        />
      </Group>
    </ChartSvg>
  );
}
