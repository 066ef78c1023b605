import React, {useState} from 'react';
import styles from '../errors.module.css';
import {useHydrated} from '@site/src/components/useHydrated';

/** Copies a value to the clipboard and says so to screen readers. */
export default function CopyButton({value, label}: {value: string; label: string}): React.ReactElement {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  // Inert until hydrated: a change before then would not reach React (issue 19, item 3).
  const hydrated = useHydrated();
  return (
    <span className={styles.copy}>
      <button
        type="button"
        disabled={!hydrated}
        className="button button--sm button--secondary"
        onClick={() => {
          navigator.clipboard.writeText(value).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}>
        {label}
      </button>
      <span role="status" className={styles.copyStatus}>
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text instead' : ''}
      </span>
    </span>
  );
}
