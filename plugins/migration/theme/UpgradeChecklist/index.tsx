import React, {useRef} from 'react';
import Link from '@docusaurus/Link';
import checklist from '@generated/ax-migration/default/checklist.json';
import {checklistItemAttribute, useStoredChecklist} from '@site/src/components/useStoredChecklist';

const STORAGE_KEY = 'ax-migration-checklist';

/** The guide's steps as a checklist; ticks are kept in this browser's localStorage. */
export default function UpgradeChecklist(): React.ReactElement {
  const {steps} = checklist;
  const list = useRef<HTMLDivElement>(null);
  const {checked, toggle, clear, restored} = useStoredChecklist(STORAGE_KEY, list);
  const count = steps.filter((s) => checked.has(s.id)).length;
  return (
    <div className="ax-checklist" ref={list} data-restored={restored}>
      <p role="status" aria-live="polite">
        {count} of {steps.length} steps done.
      </p>
      <progress max={steps.length} value={count} aria-label="Upgrade progress" />
      <ul className="ax-checklist__items">
        {steps.map((s) => (
          <li key={s.id}>
            <input
              type="checkbox"
              id={`check-${s.id}`}
              {...{[checklistItemAttribute]: s.id}}
              checked={checked.has(s.id)}
              onChange={(e) => toggle(s.id, e.target.checked)}
            />{' '}
            <label htmlFor={`check-${s.id}`}>{s.title}</label> (<Link to={s.href}>read how</Link>)
          </li>
        ))}
      </ul>
      {/* Until saved ticks are restored, clearing would be undone by the restore. */}
      <button type="button" className="button button--secondary button--sm" disabled={!restored} onClick={clear}>
        Clear all ticks
      </button>
    </div>
  );
}
