import Prose from './Prose';
import React, {useEffect, useState} from 'react';
import governance from '@generated/ax-runbooks/default/governance.json';
import {checklistProgress} from '@site/src/content-model/ops/widget-helpers';

const storageKey = 'ax-docs:submission-checklist';

/** Reads saved progress; tolerant of missing storage or old, unknown item ids. */
function loadProgress(): string[] {
  try {
    const saved = JSON.parse(window.localStorage.getItem(storageKey) ?? '[]') as unknown;
    return Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** The marketplace submission checklist, ticked off by the contributor; progress is kept in this browser. */
export default function SubmissionChecklist(): React.ReactElement {
  const items = governance.submissionChecklist;
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setChecked(new Set(loadProgress())), []);
  const update = (next: Set<string>) => {
    setChecked(next);
    try {
      window.localStorage.setItem(storageKey, JSON.stringify([...next]));
    } catch {
      // Private browsing can refuse storage; the checklist still works for this visit.
    }
  };
  const {done, total, ready} = checklistProgress(items, checked);
  return (
    <fieldset className="ax-fieldset">
      <legend>Marketplace submission checklist</legend>
      <p role="status">
        {done} of {total} done{ready ? <>: ready to run <code>ax plugin publish</code>.</> : '.'}
      </p>
      <ul className="ax-tick-list">
        {items.map((i) => (
          <li key={i.id}>
            <label>
              <input
                type="checkbox"
                checked={checked.has(i.id)}
                onChange={(e) => {
                  const next = new Set(checked);
                  if (e.target.checked) next.add(i.id);
                  else next.delete(i.id);
                  update(next);
                }}
              />{' '}
              <Prose text={i.text} /> <em>({i.automated ? 'checked by the publish pipeline' : 'you confirm'})</em>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary button--sm" onClick={() => update(new Set())}>
        Clear progress
      </button>
    </fieldset>
  );
}
