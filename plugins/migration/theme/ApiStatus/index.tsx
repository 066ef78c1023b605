import React from 'react';
import Link from '@docusaurus/Link';
import apiStatus from '@generated/ax-migration/default/api-status.json';
import {describeRow} from '../../client/format';

/** The since/deprecated/removed line of one API, rendered from its declaration's tags. */
export default function ApiStatus({id}: {id: string}): React.ReactElement {
  const row = apiStatus.rows[id];
  if (!row) throw new Error(`ApiStatus: unknown API "${id}", expected a qualified name such as v1.ContextV1.on`);
  return (
    <p className="ax-api-status">
      <strong>
        <code>{row.id}</code>
      </strong>
      {': '}
      {describeRow(row)} <Link to={row.referenceHref}>Reference for {row.id}</Link>.
    </p>
  );
}
