import React, {useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import checklist from '@generated/ax-migration/default/checklist.json';

const STORAGE_KEY = 'ax-migration-checklist';

/** The guide's steps as a checklist; ticks are kept in this browser's localStorage. */
export default function UpgradeChecklist(): React.ReactElement {
  const {steps} = checklist;
  const [done, setDone] = useState<string[]>([]);
  useEffect(() => {
    try {
      const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
      if (Array.isArray(saved)) setDone(saved.filter((x): x is string => typeof x === 'string'));
    } catch {
      // A corrupt entry starts the checklist afresh.
    }
  }, []);
  const update = (next: string[]) => {
    setDone(next);
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  };
  const count = steps.filter((s) => done.includes(s.id)).length;
  return (
    <div className="ax-checklist">
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
              checked={done.includes(s.id)}
              onChange={(e) => update(e.target.checked ? [...done, s.id] : done.filter((d) => d !== s.id))}
            />{' '}
            <label htmlFor={`check-${s.id}`}>{s.title}</label> (<Link to={s.href}>read how</Link>)
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary button--sm" onClick={() => update([])}>
        Clear all ticks
      </button>
    </div>
  );
}
