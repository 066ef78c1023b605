import React from 'react';
import Link from '@docusaurus/Link';
import {ReleaseTable} from '@site/src/components/ReleaseColumnHeaders';
import matrix from '@generated/ax-templates/default/template-matrix.json';

const label = {supported: 'Works', deprecated: 'Deprecated APIs', removed: 'Removed APIs', unavailable: 'Not available'} as const;

/** The templates' rows of the compatibility matrix: which template works on which runtime release. */
export default function TemplateCompatibility(): React.ReactElement {
  const {releases, rows} = matrix;
  return (
    <div className="ax-table-wrap" tabIndex={0} role="region" aria-label="Plugin templates by runtime release, scrolls sideways">
      <ReleaseTable caption="Plugin templates by runtime release; a supported release is one the template claims and the build checks" first="Template" releases={releases}>
        <tbody>
          {rows.map((row) => (
            <tr key={row.archetype} data-template={row.archetype}>
              <th scope="row">
                <Link to={row.href}>{row.name}</Link>
              </th>
              {row.cells.map((c) => (
                <td key={c.runtime} className={`ax-status ax-status--${c.status}`} data-status={c.status}>
                  <span className="ax-status__label">{label[c.status]}</span>
                  {c.claimed ? <small> · supported</small> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ReleaseTable>
    </div>
  );
}
