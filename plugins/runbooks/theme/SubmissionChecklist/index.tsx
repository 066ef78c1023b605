import Prose from '../../client/Prose';
import React, {useRef} from 'react';
import governance from '@generated/ax-runbooks/default/governance.json';
import {checklistProgress} from '@site/src/content-model/ops/widget-helpers';
import {checklistItemAttribute, useStoredChecklist} from '@site/src/components/useStoredChecklist';

const storageKey = 'ax-docs:submission-checklist';

/** The marketplace submission checklist, ticked off by the contributor; progress is kept in this browser. */
export default function SubmissionChecklist(): React.ReactElement {
  const items = governance.submissionChecklist;
  const list = useRef<HTMLFieldSetElement>(null);
  const {checked, toggle, clear, restored} = useStoredChecklist(storageKey, list);
  const {done, total, ready} = checklistProgress(items, checked);
  return (
    <fieldset className="ax-fieldset" ref={list} data-restored={restored}>
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
                {...{[checklistItemAttribute]: i.id}}
                checked={checked.has(i.id)}
                onChange={(e) => toggle(i.id, e.target.checked)}
              />{' '}
              <Prose text={i.text} /> <em>({i.automated ? 'checked by the publish pipeline' : 'you confirm'})</em>
            </label>
          </li>
        ))}
      </ul>
      {/* Until saved ticks are restored, clearing would be undone by the restore. */}
      <button type="button" className="button button--secondary button--sm" disabled={!restored} onClick={clear}>
        Clear progress
      </button>
    </fieldset>
  );
}
