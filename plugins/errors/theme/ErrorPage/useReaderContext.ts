import {useEffect, useState} from 'react';
import {useLocation} from '@docusaurus/router';
import {parseVersion} from '@site/src/model/versions';

/** What the CLI appended to the link it printed: `?cid=<correlation-id>&v=<cli-version>`. */
export interface ReaderContext {
  cid?: string;
  version?: string;
}

const MAX_CID = 128;

/** Reads `cid` and `v` from the query after hydration, so the static HTML stays the same for everyone. */
export function useReaderContext(): ReaderContext {
  const {search} = useLocation();
  const [context, setContext] = useState<ReaderContext>({});
  useEffect(() => {
    const q = new URLSearchParams(search);
    const cid = q.get('cid')?.trim().slice(0, MAX_CID);
    const v = q.get('v')?.trim();
    const next: ReaderContext = {...(cid ? {cid} : {}), ...(v && parseVersion(v) ? {version: v.replace(/^v/, '')} : {})};
    // The same state when nothing changed: a new empty object would draw the whole error page a second time after every mount.
    setContext((prev) => (prev.cid === next.cid && prev.version === next.version ? prev : next));
  }, [search]);
  return context;
}

/** Quotes a value for a POSIX shell unless it is plainly safe, so a copied command does only what it shows. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9._:@/-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
