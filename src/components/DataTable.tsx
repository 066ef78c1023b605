import React from 'react';
import clsx from 'clsx';

export interface DataTableProps {
  /** Names the table for screen readers; shown above it unless `captionHidden`. */
  caption: string;
  captionHidden?: boolean;
  head: string[];
  rows: React.ReactNode[][];
  /** The first cell of each row is that row's header (`th scope="row"`). */
  rowHeader?: boolean;
  /** Wraps each cell's content, e.g. to keep dates from wrapping. */
  renderCell?: (cell: React.ReactNode) => React.ReactNode;
  wrapClassName?: string;
  tableClassName?: string;
  /**
   * Makes the scroll box a focusable region named after the caption, so a keyboard can scroll a
   * table wider than a phone sideways (axe scrollable-region-focusable, WCAG 2.1.1), as TableScroll does.
   */
  keyboardScroll?: boolean;
}

/**
 * A table of generated data: a caption, column headers, row headers, and the site's scroll
 * wrapper (`.ax-table-wrap`) so a wide table scrolls instead of widening the page. Generated
 * pages (templates, binder) render their tables through this one piece.
 */
export default function DataTable({caption, captionHidden = false, head, rows, rowHeader = true, renderCell = (c) => c, wrapClassName, tableClassName, keyboardScroll = false}: DataTableProps): React.ReactElement {
  const region = keyboardScroll ? {role: 'region', tabIndex: 0, 'aria-label': `${caption}, scrolls sideways`} : {};
  return (
    <div className={clsx('ax-table-wrap', wrapClassName)} {...region}>
      <table className={tableClassName}>
        <caption className={captionHidden ? 'ax-visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((c, j) =>
                rowHeader && j === 0 ? (
                  <th scope="row" key={j}>
                    {renderCell(c)}
                  </th>
                ) : (
                  <td key={j}>{renderCell(c)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
