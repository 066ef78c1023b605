import React, {useCallback, useEffect, useId, useRef, useState, type KeyboardEvent} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {SearchHit, SearchIndex} from '../../query';
import styles from './styles.module.css';
import {useHydrated} from '@site/src/components/useHydrated';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** Loads index files below the index folder, as JSON. */
function loaderFor(base: string) {
  return async <T,>(file: string): Promise<T> => {
    const res = await fetch(base + file);
    if (!res.ok) throw new Error(`search index file ${file}: HTTP ${res.status}`);
    return (await res.json()) as T;
  };
}

/** True when a key press happened while the reader was typing somewhere else. */
function typingElsewhere(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** The navbar search box: an ARIA combobox over the local, sharded index. */
export default function SearchBar(): React.JSX.Element {
  const {indexPath} = usePluginData('ax-local-search') as {indexPath: string};
  // Inert until hydrated: a change before then would not reach React (issue 19, item 3).
  const hydrated = useHydrated();
  const base = useBaseUrl(`/${indexPath}/`);
  const history = useHistory();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const index = useRef<Promise<SearchIndex> | null>(null);
  const latest = useRef(0);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>('idle');

  const openIndex = useCallback(() => {
    if (!index.current) {
      setStatus('loading');
      // The query engine loads with the index, on first focus, so it adds nothing to every page's bundle.
      index.current = import('../../query').then(({SearchIndex: Index}) => Index.open(loaderFor(base)));
      index.current.then(
        () => setStatus('ready'),
        () => setStatus('error'),
      );
    }
    return index.current;
  }, [base]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const shortcut = (e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typingElsewhere(e.target));
      if (!shortcut) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setHits([]);
      return;
    }
    const ticket = ++latest.current;
    openIndex()
      .then((idx) => idx.search(query))
      .then((found) => {
        // Answers can arrive out of order while the reader types; only the newest one counts.
        if (ticket !== latest.current) return;
        setHits(found);
        setActive(0);
      })
      .catch(() => setStatus('error'));
  }, [query, openIndex]);

  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setQuery('');
    history.push(hit.url);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(hits[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const expanded = open && query.trim().length >= 2;
  const message =
    status === 'error'
      ? 'Search is unavailable: the index could not be loaded.'
      : status === 'loading' && !hits.length
        ? 'Loading the search index…'
        : hits.length
          ? `${hits.length} result${hits.length === 1 ? '' : 's'}`
          : `No results for “${query.trim()}”`;

  return (
    <div className={styles.search} role="search">
      <label htmlFor={`${listId}-input`} className={styles.visuallyHidden}>
        Search the docs
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        className={styles.input}
        type="search"
        disabled={!hydrated}
        placeholder="Search  /"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits.length ? `${listId}-opt-${active}` : undefined}
        value={query}
        onFocus={() => {
          void openIndex();
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {/* aria-live without role="status": page widgets own the status role, the navbar should not claim it. */}
      <div className={styles.visuallyHidden} aria-live="polite" aria-atomic="true">
        {expanded ? message : ''}
      </div>
      <ul id={`${listId}-list`} role="listbox" aria-label="Search results" className={styles.results} hidden={!expanded}>
        {expanded && !hits.length && <li className={styles.empty}>{message}</li>}
        {hits.map((hit, i) => (
          <li
            key={hit.url}
            id={`${listId}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={styles.option}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(hit)}
            onMouseEnter={() => setActive(i)}
          >
            <span className={styles.where}>
              {hit.section}
              {hit.exact ? ' · exact match' : ''}
            </span>
            <span className={styles.title}>{hit.heading ? `${hit.title} › ${hit.heading}` : hit.title}</span>
            {hit.excerpt && <span className={styles.excerpt}>{hit.excerpt}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
