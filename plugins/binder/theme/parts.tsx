import React from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import DataTable from '@site/src/components/DataTable';
import styles from './binder.module.css';

/** How a state word reads at a glance: a symbol and a tint beside the word, never instead of it. */
type Tone = 'good' | 'warn' | 'bad' | 'none';

const tones: Record<string, Tone> = {
  'On track': 'good',
  Met: 'good',
  VALID: 'good',
  'Drilled on time': 'good',
  'At risk': 'warn',
  'Attested in sign-off': 'warn',
  STALE: 'warn',
  Overdue: 'warn',
  'Off track': 'bad',
  'Not met': 'bad',
  EXPIRED: 'bad',
  INVALID: 'bad',
  Missed: 'bad',
  'Never drilled': 'bad',
};

const symbols: Record<Tone, string> = {good: '✓', warn: '!', bad: '✗', none: '–'};

/** A state as a word (the cue), with a symbol and tint that repeat it (WCAG 1.4.1). */
export function StateWord({state}: {state: string}): React.ReactElement {
  const tone = tones[state] ?? 'none';
  return (
    <span className={clsx(styles.state, styles[tone])} data-state={state}>
      <span aria-hidden="true">{symbols[tone]} </span>
      {state}
    </span>
  );
}

/** A date never wraps at its dashes: "2026-\n10-21" misreads, on screen and in print. */
const cell = (c: React.ReactNode) => (typeof c === 'string' && /^\d{4}-\d{2}-\d{2}/.test(c) ? <span className={styles.nowrap}>{c}</span> : c);

/**
 * A table with a visible caption, column headers and (optionally) a row header; rows never split
 * across printed pages. Its scroll box takes keyboard focus: on a phone most binder tables are
 * wider than the screen, and a keyboard could not scroll them (papercut binder-table-keyboard-scroll).
 */
export function Table({caption, head, rows, rowHeader = true}: {caption: string; head: string[]; rows: React.ReactNode[][]; rowHeader?: boolean}): React.ReactElement {
  return <DataTable caption={caption} head={head} rows={rows} rowHeader={rowHeader} renderCell={cell} wrapClassName={styles.tableWrap} tableClassName={styles.table} keyboardScroll />;
}

/**
 * A section of a chapter with its h2. The region is named by the title alone: named by the whole
 * heading, a screen reader read the heading's anchor link too ("Checklist Direct link to Checklist").
 */
export function Section({id, title, children}: {id: string; title: string; children: React.ReactNode}): React.ReactElement {
  return (
    <section aria-labelledby={`${id}-title`} className={styles.section}>
      <Heading as="h2" id={id}>
        <span id={`${id}-title`}>{title}</span>
      </Heading>
      {children}
    </section>
  );
}

/** A figure that may be missing: "No data", never a number, when it is. */
export const orNoData = (v: string | number | null | undefined): string => (v === null || v === undefined || v === '' ? 'No data' : String(v));
