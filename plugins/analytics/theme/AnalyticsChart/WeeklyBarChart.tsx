import React from 'react';
import {AxisBottom, AxisLeft, AxisRight} from '@visx/axis';
import {Group} from '@visx/group';
import {scaleBand, scaleLinear} from '@visx/scale';
import {Bar, LinePath} from '@visx/shape';
import type {WeeklyBars} from '@site/src/analytics/views/charts';
import {formatCount} from '@site/src/analytics/views/format';
import {ChartSvg, usePatternIds} from './Patterns';
import styles from './styles.module.css';

const width = 600;
const height = 260;
const margin = {top: 16, right: 56, bottom: 52, left: 56};

const tickLabel = {className: styles.small, fontSize: 13};

/** One bar per ISO week; the incomplete week is hatched and labelled "incomplete". An optional ratio line reads on the right axis. */
export default function WeeklyBarChart({chart, desc}: {chart: WeeklyBars; desc: string}): React.ReactElement {
  const ids = usePatternIds();
  const innerW = width - margin.left - margin.right;
  const innerH = height - margin.top - margin.bottom;
  const x = scaleBand<string>({domain: chart.points.map((p) => p.week), range: [0, innerW], padding: 0.22});
  const y = scaleLinear<number>({domain: [0, Math.max(1, ...chart.points.map((p) => p.value))], range: [innerH, 0], nice: true});
  const ratios = chart.line?.values.filter((v): v is number => v !== null) ?? [];
  const y2 = scaleLinear<number>({domain: [0, Math.min(1, Math.max(0.05, ...ratios) * 1.15)], range: [innerH, 0], nice: true});
  const every = Math.ceil(chart.points.length / 12);
  const labels = new Map(chart.points.map((p) => [p.week, p]));
  const linePoints = chart.line ? chart.points.flatMap((p, i) => (chart.line!.values[i] === null ? [] : [{week: p.week, value: chart.line!.values[i] as number}])) : [];
  const center = (week: string) => (x(week) ?? 0) + x.bandwidth() / 2;
  return (
    <ChartSvg ids={ids} width={width} height={height} title={chart.title} desc={desc}>
      <Group left={margin.left} top={margin.top}>
        {chart.points.map((p) => (
          <Bar
            key={p.week}
            x={x(p.week)}
            y={y(p.value)}
            width={x.bandwidth()}
            height={innerH - y(p.value)}
            {...(p.partial ? {fill: `url(#${ids.hatched})`, className: styles.outlined} : {className: styles.solid})}
          />
        ))}
        {chart.line && (
          <>
            <LinePath data={linePoints} x={(d) => center(d.week)} y={(d) => y2(d.value)} className={styles.line} />
            {linePoints.map((d) => (
              <circle key={d.week} cx={center(d.week)} cy={y2(d.value)} r={4} className={styles.dot} />
            ))}
          </>
        )}
        <AxisLeft scale={y} numTicks={4} stroke="currentColor" tickStroke="currentColor" tickFormat={(v) => formatCount(Number(v))} tickLabelProps={{...tickLabel, textAnchor: 'end', dx: -4, dy: 4}} />
        {chart.line && (
          <AxisRight left={innerW} scale={y2} numTicks={4} stroke="currentColor" tickStroke="currentColor" tickFormat={(v) => `${Math.round(Number(v) * 100)}%`} tickLabelProps={{...tickLabel, textAnchor: 'start', dx: 4, dy: 4}} />
        )}
        <AxisBottom
          top={innerH}
          scale={x}
          stroke="currentColor"
          tickStroke="currentColor"
          tickValues={chart.points.filter((_, i) => i % every === 0 || i === chart.points.length - 1).map((p) => p.week)}
          tickComponent={({x: tx, y: ty, formattedValue}) => {
            const point = labels.get(formattedValue ?? '');
            return (
              <text x={tx} y={ty + 10} textAnchor="middle" className={styles.small}>
                {point?.label}
                {point?.partial && (
                  <tspan x={tx} dy={15}>
                    incomplete
                  </tspan>
                )}
              </text>
            );
          }}
        />
      </Group>
    </ChartSvg>
  );
}
