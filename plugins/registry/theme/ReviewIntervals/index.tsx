import React from 'react';
import rows from '@generated/ax-registry/default/review-intervals.json';

/** The content kinds and their review intervals, straight from the content model. */
export default function ReviewIntervals(): React.ReactElement {
  return (
    <div className="ax-table-wrap">
      <table>
        <caption>Content kinds and how often each must be reviewed</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Use it for</th>
            <th scope="col">Review every</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.kind}>
              <th scope="row">
                <code>{r.kind}</code>
              </th>
              <td>{r.purpose}</td>
              <td>{r.days} days</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
