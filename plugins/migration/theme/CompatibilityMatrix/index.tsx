import React, {memo, useMemo, useState} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import ReleaseColumnHeaders from '@site/src/components/ReleaseColumnHeaders';
import matrix from '@generated/ax-migration/default/matrix.json';
import type {MatrixCell} from '@site/src/migration-model/types';
import type {MatrixView} from '@site/src/migration-model/view-models';
import {currentRelease, formatDate, statusLabel} from '../../client/format';
import {useHydrated} from '@site/src/components/useHydrated';
import {useDelegatedLinks} from '@site/src/components/useDelegatedLinks';

/** A row as the page gets it. */
type MatrixRow = MatrixView['rows'][number];

/** Turns a site path into the href the page links to, and lets the build check it as it checks a `<Link>`'s. */
function useSiteHref(): (path: string) => string {
  const {withBaseUrl} = useBaseUrlUtils();
  const brokenLinks = useBrokenLinks();
  return (path) => {
    const href = withBaseUrl(path);
    brokenLinks.collectLink(href);
    return href;
  };
}

/** Whether a row shows under the filters; `shown` holds the runtimes whose cells show, null for all. */
function rowShows(row: MatrixRow, shown: ReadonlySet<string> | null, surface: string, query: string, onlyBreaking: boolean): boolean {
  const cells = shown ? row.cells.filter((c) => shown.has(c.runtime)) : row.cells;
  if (surface !== 'all' && row.surface !== surface) return false;
  if (query && !row.id.toLowerCase().includes(query)) return false;
  if (shown && cells.every((c) => c.status === 'unavailable')) return false;
  if (onlyBreaking && !cells.some((c) => c.status === 'deprecated' || c.status === 'removed')) return false;
  return true;
}

/**
 * The compatibility matrix: API surfaces and manifest versions × runtime releases, with filters.
 * Every row and cell stays mounted and a filter only hides what it leaves out, so it is gone for
 * screen readers too: redrawing 35 rows × 10 releases of linked cells on each choice took
 * 190–350 ms on the issue 19 reference phone. A row the filters leave out gets `hidden`; the
 * other runtimes' cells are hidden by one style rule for the chosen runtime, so choosing one
 * re-renders no cell at all. Rows and cells are memoized; the table's links are plain anchors
 * with one delegated handler for client-side navigation (useDelegatedLinks).
 */
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
  const links = useDelegatedLinks();
  const siteHref = useSiteHref();

  const columns = useMemo(() => (runtime === 'all' ? releases : releases.filter((r) => r.version === runtime)), [releases, runtime]);
  const shown = useMemo(() => (runtime === 'all' ? null : new Set(columns.map((r) => r.version))), [runtime, columns]);
  const needle = query.trim().toLowerCase();
  const visible = useMemo(() => new Set(rows.filter((row) => rowShows(row, shown, surface, needle, onlyBreaking)).map((r) => r.id)), [rows, shown, surface, needle, onlyBreaking]);
  const scope = runtime === 'all' ? 'on every runtime release' : `on runtime ${runtime}`;
  // The browser hides the other runtimes' cells (display: none, out of the accessibility tree too).
  const otherRuntimes = runtime === 'all' ? '' : `.ax-matrix__table td[data-runtime]:not([data-runtime=${JSON.stringify(runtime)}]) {display: none}`;

  return (
    <div className="ax-matrix">
      {/* Only while a runtime is chosen: an empty <style> did not hydrate (React error 418), and
          the page was rendered again from scratch on every load. */}
      {otherRuntimes ? <style>{otherRuntimes}</style> : null}
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
        Showing {visible.size} of {rows.length} APIs {scope}.
      </p>
      <div className="ax-table-wrap" tabIndex={0} role="region" aria-label="Compatibility matrix, scrolls sideways" {...links}>
        <table className="ax-matrix__table">
          <caption>Plugin runtime APIs and manifest versions by runtime release {scope}</caption>
          <thead>
            <tr>
              <th scope="col">API</th>
              <ReleaseColumnHeaders releases={columns} />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <Row key={row.id} row={row} hidden={!visible.has(row.id)} siteHref={siteHref} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface RowProps {
  row: MatrixRow;
  hidden: boolean;
  siteHref: (path: string) => string;
}

// siteHref is a new function each render but does the same; comparing it would re-render every row.
const Row = memo(
  function Row({row, hidden, siteHref}: RowProps): React.ReactElement {
    return (
      <tr data-api={row.id} hidden={hidden}>
        <RowHeader row={row} siteHref={siteHref} />
        {row.cells.map((cell) => (
          <Cell key={cell.runtime} cell={cell} api={row.id} siteHref={siteHref} />
        ))}
      </tr>
    );
  },
  (a, b) => a.row === b.row && a.hidden === b.hidden,
);

const RowHeader = memo(
  function RowHeader({row, siteHref}: {row: MatrixRow; siteHref: (path: string) => string}): React.ReactElement {
    return (
      <th scope="row">
        <a href={siteHref(row.referenceHref)}>
          <code>{row.id}</code>
        </a>
        <br />
        <small>
          {row.surface} {row.kind === 'manifest' ? 'manifest schema' : row.kind}
        </small>
      </th>
    );
  },
  (a, b) => a.row === b.row,
);

interface CellProps {
  cell: MatrixCell;
  api: string;
  siteHref: (path: string) => string;
}

const Cell = memo(
  function Cell({cell, api, siteHref}: CellProps): React.ReactElement {
    return (
      <td className={`ax-status ax-status--${cell.status}`} data-status={cell.status} data-runtime={cell.runtime}>
        <span className="ax-status__label">{statusLabel[cell.status]}</span>
        {cell.status === 'deprecated' && cell.removalDate ? <small> removal {formatDate(cell.removalDate)}</small> : null}
        {cell.href ? (
          <>
            <br />
            <a href={siteHref(cell.href)} aria-label={`Migration step for ${api} on runtime ${cell.runtime}`}>
              Migration step
            </a>
          </>
        ) : null}
      </td>
    );
  },
  (a, b) => a.cell === b.cell && a.api === b.api,
);
