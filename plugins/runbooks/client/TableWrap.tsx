import React from 'react';

/**
 * A wide table's scroll container. It is focusable and labelled so keyboard users can scroll it
 * (axe: scrollable-region-focusable) and screen readers announce what it holds.
 */
export default function TableWrap({label, children}: {label: string; children: React.ReactNode}): React.ReactElement {
  return (
    <div className="ax-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
