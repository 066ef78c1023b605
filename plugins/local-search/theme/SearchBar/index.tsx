import React, {useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {SearchHit, SearchIndex} from '../../query';
import {indexFiles, type SearchManifest} from '../../index-format';
import {LatestSearch, MIN_QUERY_LENGTH, searchListing, type IndexStatus, type SearchAnswer} from '../../client/latest-search';
import styles from './styles.module.css';
import {useHydrated} from '@site/src/components/useHydrated';

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
  // The same index once open, so a keystroke can start its shard downloads before React renders.
  const openedIndex = useRef<SearchIndex | null>(null);
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer>({query: '', hits: []});
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<IndexStatus>('idle');

  const openIndex = useCallback(() => {
    if (!index.current) {
      setStatus('loading');
      const load = loaderFor(base);
      // The manifest downloads while the query engine's chunk does, not after it: one round trip
      // less before a first search (issue 19: cold search under 400 ms).
      const manifest = load<SearchManifest>(indexFiles.manifest);
      manifest.catch(() => undefined);
      // The query engine loads with the index, on first touch or focus, so it adds nothing to every page's bundle.
      index.current = import('../../query').then(({SearchIndex: Index}) => Index.open(load, manifest));
      index.current.then(
        (opened) => {
          openedIndex.current = opened;
          setStatus('ready');
        },
        () => setStatus('error'),
      );
    }
    return index.current;
  }, [base]);

  useEffect(() => {
    // While the box is inert, focusing it does nothing: leave the key to the page until then.
    if (!hydrated) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const shortcut = (e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typingElsewhere(e.target));
      if (!shortcut) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hydrated]);

  // Answers can arrive out of order while the reader types; only the newest query's is shown.
  const searches = useMemo(
    () =>
      new LatestSearch(
        // With the index open, `search` runs in the input event itself: its shard requests leave
        // before React renders the keystroke, instead of a microtask after that render.
        (q) => (openedIndex.current ? openedIndex.current.search(q) : openIndex().then((idx) => idx.search(q))),
        (newest) => {
          setAnswer(newest);
          setActive(0);
        },
        () => setStatus('error'),
      ),
    [openIndex],
  );
  useEffect(() => () => searches.cancel(), [searches]);

  const type = (value: string) => {
    setQuery(value);
    searches.search(value);
  };
  const {hits, settled, message} = searchListing(query, answer, status);

  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    type('');
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
      // Enter opens a result of the query in the box, not one still showing from the query before.
      if (settled) go(hits[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const expanded = open && query.trim().length >= MIN_QUERY_LENGTH;

  return (
    // Inert, not disabled, until hydration: enabling a form control costs far more than clearing inert (issue 13).
    <div className={styles.search} role="search" inert={!hydrated}>
      <label htmlFor={`${listId}-input`} className={styles.visuallyHidden}>
        Search the docs
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        className={styles.input}
        type="search"
        placeholder="Search  /"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits.length ? `${listId}-opt-${active}` : undefined}
        value={query}
        // A pointer over the box (a mouse before its click) starts loading the engine and manifest; a
        // touch or click starts it before focus does: each gives the first search a head start.
        onPointerEnter={() => void openIndex()}
        onPointerDown={() => void openIndex()}
        onFocus={() => {
          void openIndex();
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          type(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {/* aria-live without role="status": page widgets own the status role, the navbar should not claim it. */}
      <div className={styles.visuallyHidden} aria-live="polite" aria-atomic="true">
        {expanded ? message : ''}
      </div>
      <ul id={`${listId}-list`} role="listbox" aria-label="Search results" aria-busy={!settled} className={styles.results} hidden={!expanded}>
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
