import React from 'react';
import {contentKinds, reviewIntervalDays} from '@site/src/content-model/kinds';

const purpose: Record<(typeof contentKinds)[number], string> = {
  guide: 'Concepts, architecture and how-tos',
  tutorial: 'A guided, hands-on path with a result at the end',
  runbook: 'What the on-call engineer does when an alert fires',
  policy: 'Rules people must follow, with who approved them',
  reference: 'Facts to look up, usually generated from a typed source',
  binder: 'A section of the stakeholder handoff binder',
};

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
          {contentKinds.map((k) => (
            <tr key={k}>
              <th scope="row">
                <code>{k}</code>
              </th>
              <td>{purpose[k]}</td>
              <td>{reviewIntervalDays[k]} days</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
