import React from 'react';

/**
 * A wide table's scroll box: focusable and labelled, so a keyboard can scroll it sideways (axe
 * scrollable-region-focusable, WCAG 2.1.1) and a screen reader names it. The same pattern as the
 * runbooks' TableWrap, for the generated pages of other plugins (papercut tables-keyboard-scroll).
 */
export default function TableScroll({label, children}: {label: string; children: React.ReactNode}): React.ReactElement {
  return (
    <div className="ax-table-wrap" role="region" aria-label={`${label}, scrolls sideways`} tabIndex={0}>
      {children}
    </div>
  );
}
