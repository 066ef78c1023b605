import React from 'react';

/** A runtime release as a table column: its version, and whether it is still planned. */
export interface ReleaseColumn {
  version: string;
  planned?: boolean;
}

/**
 * The column headers of a table by runtime release, worded one way wherever releases are
 * columns: the API compatibility matrix and the templates' rows of it.
 */
export default function ReleaseColumnHeaders({releases}: {releases: readonly ReleaseColumn[]}): React.ReactElement {
  return (
    <>
      {releases.map((r) => (
        <th scope="col" key={r.version}>
          Runtime {r.version}
          {r.planned ? <small> planned</small> : null}
        </th>
      ))}
    </>
  );
}

interface ReleaseTableProps {
  caption: React.ReactNode;
  /** The first column's header: what each row is. */
  first: string;
  releases: readonly ReleaseColumn[];
  /** The `<tbody>`. */
  children: React.ReactNode;
}

/** A table with a column per runtime release after the rows' own column, styled as the compatibility matrix. */
export function ReleaseTable({caption, first, releases, children}: ReleaseTableProps): React.ReactElement {
  return (
    <table className="ax-matrix__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <ReleaseColumnHeaders releases={releases} />
        </tr>
      </thead>
      {children}
    </table>
  );
}
