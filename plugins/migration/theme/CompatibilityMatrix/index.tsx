import React, {useMemo, useState} from 'react';
import Link from '@docusaurus/Link';
import ReleaseColumnHeaders from '@site/src/components/ReleaseColumnHeaders';
import matrix from '@generated/ax-migration/default/matrix.json';
import type {MatrixCell} from '@site/src/migration-model/types';
import {currentRelease, formatDate, statusLabel} from '../../client/format';
import {useHydrated} from '@site/src/components/useHydrated';

/** The compatibility matrix: API surfaces and manifest versions × runtime releases, with filters. */
export default function CompatibilityMatrix(): React.ReactElement {
  const {releases, rows} = matrix;
  // Inert until hydrated: a change before then would not reach React (issue 19, item 3).
  const hydrated = useHydrated();
  const surfaces = useMemo(() => [...new Set(rows.map((r) => r.surface))].sort(), [rows]);
  const current = currentRelease(releases, new Date().toISOString().slice(0, 10));
  const [runtime, setRuntime] = useState('all');
  const [surface, setSurface] = useState('all');
  const [onlyBreaking, setOnlyBreaking] = useState(false);
  const [query, setQuery] = useState('');

  const columns = runtime === 'all' ? releases : releases.filter((r) => r.version === runtime);
  const visible = rows.filter((row) => {
    const cells = row.cells.filter((c) => columns.some((r) => r.version === c.runtime));
    if (surface !== 'all' && row.surface !== surface) return false;
    if (query && !row.id.toLowerCase().includes(query.trim().toLowerCase())) return false;
    if (runtime !== 'all' && cells.every((c) => c.status === 'unavailable')) return false;
    if (onlyBreaking && !cells.some((c) => c.status === 'deprecated' || c.status === 'removed')) return false;
    return true;
  });
  const scope = runtime === 'all' ? 'on every runtime release' : `on runtime ${runtime}`;

  return (
    <div className="ax-matrix">
      <div className="ax-matrix__filters" role="group" aria-label="Filter the compatibility matrix">
        <label>
          My runtime version
          <select disabled={!hydrated} id="ax-runtime" value={runtime} onChange={(e) => setRuntime(e.target.value)}>
            <option value="all">All versions</option>
            {releases.map((r) => (
              <option key={r.version} value={r.version}>
                {r.version}
                {r.version === current?.version ? ' (current)' : r.planned ? ' (planned)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Surface
          <select disabled={!hydrated} value={surface} onChange={(e) => setSurface(e.target.value)}>
            <option value="all">All surfaces</option>
            {surfaces.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          API name contains
          <input disabled={!hydrated} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="for example storage" />
        </label>
        <label className="ax-matrix__check">
          <input disabled={!hydrated} type="checkbox" checked={onlyBreaking} onChange={(e) => setOnlyBreaking(e.target.checked)} />
          Only deprecated or removed
        </label>
      </div>
      <p role="status" aria-live="polite" className="ax-matrix__summary">
        Showing {visible.length} of {rows.length} APIs {scope}.
      </p>
      <div className="ax-table-wrap" tabIndex={0} role="region" aria-label="Compatibility matrix, scrolls sideways">
        <table className="ax-matrix__table">
          <caption>Plugin runtime APIs and manifest versions by runtime release {scope}</caption>
          <thead>
            <tr>
              <th scope="col">API</th>
              <ReleaseColumnHeaders releases={columns} />
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.id} data-api={row.id}>
                <th scope="row">
                  <Link to={row.referenceHref}>
                    <code>{row.id}</code>
                  </Link>
                  <br />
                  <small>
                    {row.surface} {row.kind === 'manifest' ? 'manifest schema' : row.kind}
                  </small>
                </th>
                {row.cells
                  .filter((c) => columns.some((r) => r.version === c.runtime))
                  .map((cell) => (
                    <Cell key={cell.runtime} cell={cell} api={row.id} />
                  ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Cell({cell, api}: {cell: MatrixCell; api: string}): React.ReactElement {
  return (
    <td className={`ax-status ax-status--${cell.status}`} data-status={cell.status}>
      <span className="ax-status__label">{statusLabel[cell.status]}</span>
      {cell.status === 'deprecated' && cell.removalDate ? <small> removal {formatDate(cell.removalDate)}</small> : null}
      {cell.href ? (
        <>
          <br />
          <Link to={cell.href} aria-label={`Migration step for ${api} on runtime ${cell.runtime}`}>
            Migration step
          </Link>
        </>
      ) : null}
    </td>
  );
}
