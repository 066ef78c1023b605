import React from 'react';
import {scaleQuantize} from '@visx/scale';
import type {Heatmap} from '@site/src/analytics/views/charts';
import styles from './styles.module.css';

const shades = [styles.heat0, styles.heat1, styles.heat2, styles.heat3, styles.heat4];
const shadeOf = scaleQuantize<string>({domain: [0, 1], range: shades.map((s) => s ?? '')});

/**
 * The retention cohorts as a table whose cells are shaded by share: a real table a screen reader
 * walks cell by cell, and every cell states its share in text, so the shade only adds.
 */
export default function HeatmapTable({chart}: {chart: Heatmap}): React.ReactElement {
  return (
    <div className="ax-table-wrap" tabIndex={0} role="region" aria-label={`${chart.title}, scrolls sideways`}>
      <table className={styles.heatmap}>
        <caption>{chart.title}</caption>
        <thead>
          <tr>
            <th scope="col">{chart.rowHeader}</th>
            {chart.columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">
                {row.label} ({row.size})
              </th>
              {row.cells.map((cell, i) => (
                <td key={i} className={cell.value === null ? styles.heatNone : shadeOf(cell.value)}>
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
