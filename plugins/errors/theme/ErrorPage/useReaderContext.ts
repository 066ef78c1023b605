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
    setContext({...(cid ? {cid} : {}), ...(v && parseVersion(v) ? {version: v.replace(/^v/, '')} : {})});
  }, [search]);
  return context;
}

/** Quotes a value for a POSIX shell unless it is plainly safe, so a copied command does only what it shows. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9._:@/-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
