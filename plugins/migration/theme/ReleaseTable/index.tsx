import React from 'react';
import view from '@generated/ax-migration/default/releases.json';
import {formatDate} from '../../client/format';

/** Runtime releases with their support and end-of-life dates, from `migration/releases.ts`. */
export default function ReleaseTable(): React.ReactElement {
  const {releases} = view;
  return (
    <div className="ax-table-wrap" tabIndex={0} role="region" aria-label="Runtime releases, scrolls sideways">
      <table>
        <caption>Plugin runtime releases and their support windows</caption>
        <thead>
          <tr>
            <th scope="col">Runtime</th>
            <th scope="col">Released</th>
            <th scope="col">Bug fixes until</th>
            <th scope="col">End of life</th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.version}>
              <th scope="row">
                {r.version}
                {r.lts ? ' LTS' : ''}
                {r.planned ? ' (planned)' : ''}
              </th>
              <td>{formatDate(r.released)}</td>
              <td>{formatDate(r.supportEnds)}</td>
              <td>{formatDate(r.endOfLife)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
