import React, {useLayoutEffect, useMemo, useRef, useState} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {ReleaseTable, type ReleaseColumn} from '@site/src/components/ReleaseColumnHeaders';
import matrix from '@generated/ax-migration/default/matrix.json';
import type {MatrixCell} from '@site/src/migration-model/types';
import type {MatrixView} from '@site/src/migration-model/view-models';
import {currentRelease, formatDate, statusLabel} from '../../client/format';
import {useHydrated} from '@site/src/components/useHydrated';
import {useDelegatedLinks} from '@site/src/components/useDelegatedLinks';
import {keptServerHtml, useMountedWhileHydrating} from '@site/src/components/useKeptServerHtml';

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
 *
 * All runtimes: one table of every row and cell, drawn once, that React never renders again.
 * A filter sets `hidden` on the rows it leaves out (one layout effect over the rows), so it is
 * gone for screen readers too: redrawing 35 rows × 10 releases of linked cells on each choice
 * took 190–350 ms on the issue 19 reference phone. When the page is loaded (not reached by a
 * client-side navigation) the browser keeps the server's rows and React does not hydrate them,
 * which was most of the page's blocking time in Lighthouse (issue 13): the rows hold nothing
 * interactive but links, and the table's links are plain anchors with one delegated handler for
 * client-side navigation (useDelegatedLinks).
 *
 * One runtime: a small table of that runtime's column, drawn by React, while the full one stays
 * laid out under `content-visibility: hidden` (skipped, out of the accessibility tree and focus
 * order, no height). Hiding the other runtimes' cells inside the full table instead made the
 * browser lay all of it out again on every choice, worst when going back to all runtimes: a P95
 * of 347 ms on the reference phone. Showing the kept table again reuses its layout.
 */
export default function CompatibilityMatrix(): React.ReactElement {
  const {releases, rows} = matrix;
  // Inert until hydrated: a change before then would not reach React (issue 19, item 3). One
  // `inert` on the filters, not `disabled` on each control: enabling the two selects and two
  // inputs one by one was the longest task Lighthouse found on this page, over 70 ms of a
  // throttled phone's main thread (issue 13); one attribute costs almost nothing.
  const hydrated = useHydrated();
  const surfaces = useMemo(() => [...new Set(rows.map((r) => r.surface))].sort(), [rows]);
  const current = currentRelease(releases, new Date().toISOString().slice(0, 10));
  const [runtime, setRuntime] = useState('all');
  const [surface, setSurface] = useState('all');
  const [onlyBreaking, setOnlyBreaking] = useState(false);
  const [query, setQuery] = useState('');
  const links = useDelegatedLinks();
  const siteHref = useSiteHref();
  const keepServerRows = useMountedWhileHydrating();
  const body = useRef<HTMLTableSectionElement>(null);

  const columns = useMemo(() => (runtime === 'all' ? releases : releases.filter((r) => r.version === runtime)), [releases, runtime]);
  const shown = useMemo(() => (runtime === 'all' ? null : new Set(columns.map((r) => r.version))), [runtime, columns]);
  const needle = query.trim().toLowerCase();
  const visible = useMemo(() => new Set(rows.filter((row) => rowShows(row, shown, surface, needle, onlyBreaking)).map((r) => r.id)), [rows, shown, surface, needle, onlyBreaking]);
  // Drawn once: the same elements on every render, so React skips them (siteHref only matters in the server render).
  const rowElements = useMemo(() => rows.map((row) => <Row key={row.id} row={row} siteHref={siteHref} />), [rows]);
  // The full table's rows follow the filters only while it shows: left as they were under one
  // runtime, they need no layout when it shows again unless another filter changed meanwhile.
  const fullVisible = runtime === 'all' ? visible : null;
  useLayoutEffect(() => {
    if (!fullVisible) return;
    for (const tr of Array.from(body.current?.rows ?? [])) {
      const hide = !fullVisible.has(tr.dataset.api ?? '');
      if (tr.hidden !== hide) tr.hidden = hide;
    }
  }, [fullVisible]);
  const scope = runtime === 'all' ? 'on every runtime release' : `on runtime ${runtime}`;
  // The scroll region and table of either view: all runtimes, or the one chosen.
  const table = (releaseColumns: readonly ReleaseColumn[], where: string, tbody: React.ReactElement) => (
    <div className="ax-table-wrap" tabIndex={0} role="region" aria-label="Compatibility matrix, scrolls sideways" {...links}>
      <ReleaseTable caption={<>Plugin runtime APIs and manifest versions by runtime release {where}</>} first="API" releases={releaseColumns}>
        {tbody}
      </ReleaseTable>
    </div>
  );

  return (
    <div className="ax-matrix">
      <div className="ax-matrix__filters" role="group" aria-label="Filter the compatibility matrix" inert={!hydrated}>
        <label>
          My runtime version
          <select id="ax-runtime" value={runtime} onChange={(e) => setRuntime(e.target.value)}>
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
          <select value={surface} onChange={(e) => setSurface(e.target.value)}>
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
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="for example storage" />
        </label>
        <label className="ax-matrix__check">
          <input type="checkbox" checked={onlyBreaking} onChange={(e) => setOnlyBreaking(e.target.checked)} />
          Only deprecated or removed
        </label>
      </div>
      <p role="status" aria-live="polite" className="ax-matrix__summary">
        Showing {visible.size} of {rows.length} APIs {scope}.
      </p>
      <div className={runtime === 'all' ? undefined : 'ax-matrix__kept'}>
        {table(releases, 'on every runtime release', keepServerRows ? <tbody ref={body} {...keptServerHtml} /> : <tbody ref={body}>{rowElements}</tbody>)}
      </div>
      {runtime === 'all'
        ? null
        : table(
            columns,
            scope,
            <tbody>
              {rows
                .filter((row) => visible.has(row.id))
                .map((row) => (
                  <Row key={row.id} row={row} runtime={runtime} siteHref={siteHref} />
                ))}
            </tbody>,
          )}
    </div>
  );
}

interface RowProps {
  row: MatrixRow;
  /** The one runtime whose cell the row shows; all of them when absent. */
  runtime?: string;
  siteHref: (path: string) => string;
}

/** A row: in the full table drawn once, whether it shows set on its `<tr>` directly (see CompatibilityMatrix). */
function Row({row, runtime, siteHref}: RowProps): React.ReactElement {
  return (
    <tr data-api={row.id}>
      <th scope="row">
        <a href={siteHref(row.referenceHref)}>
          <code>{row.id}</code>
        </a>
        <br />
        <small>
          {row.surface} {row.kind === 'manifest' ? 'manifest schema' : row.kind}
        </small>
      </th>
      {(runtime ? row.cells.filter((c) => c.runtime === runtime) : row.cells).map((cell) => (
        <Cell key={cell.runtime} cell={cell} api={row.id} siteHref={siteHref} />
      ))}
    </tr>
  );
}

interface CellProps {
  cell: MatrixCell;
  api: string;
  siteHref: (path: string) => string;
}

function Cell({cell, api, siteHref}: CellProps): React.ReactElement {
  return (
    <td className={`ax-status ax-status--${cell.status}`} data-status={cell.status}>
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
}
