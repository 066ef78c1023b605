import React, {useState} from 'react';
import styles from '../errors.module.css';

/** Copies a value to the clipboard and says so to screen readers. */
export default function CopyButton({value, label}: {value: string; label: string}): React.ReactElement {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className={styles.copy}>
      <button
        type="button"
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
