import React, {useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import OriginalContent from '@theme-original/NotFound/Content';
import type {Props} from '@theme/NotFound/Content';
import type {ErrorsGlobalData} from '@site/plugins/errors';
import {normaliseErrorId} from '@site/src/error-catalog/id';

/** The canonical ID for a path below the errors base, in any case, or undefined. */
export function resolveErrorPath(pathname: string, data: ErrorsGlobalData): string | undefined {
  const m = new RegExp(`^${data.basePath}/([^/]+)/?$`).exec(pathname);
  if (!m) return undefined;
  const raw = decodeURIComponent(m[1]!);
  const id = normaliseErrorId(raw);
  if (id && data.ids.includes(id)) return id;
  return data.aliases[raw.toUpperCase()];
}

/**
 * The 404 page, plus a last resort for error links: `/errors/Ax1042` in any mix of case, or an
 * alias spelled oddly, forwards to the canonical page with its query kept.
 */
export default function NotFoundContent(props: Props): React.ReactElement {
  const data = usePluginData('ax-errors') as ErrorsGlobalData;
  const {pathname} = useLocation();
  const [target, setTarget] = useState<string>();
  // Decided after hydration: the static 404.html is rendered for /404, not for the path asked.
  const [looksLikeError, setLooksLikeError] = useState(false);
  useEffect(() => {
    setLooksLikeError(pathname.startsWith(`${data.basePath}/`));
    const id = resolveErrorPath(pathname, data);
    if (!id) return;
    setTarget(id);
    window.location.replace(`${data.basePath}/${id}${window.location.search}${window.location.hash}`);
  }, [pathname, data]);
  return (
    <>
      <OriginalContent {...props} />
      {looksLikeError ? (
        <div className="container margin-bottom--xl">
          <div className="row">
            <p className="col col--6 col--offset-3" role="status">
              {target ? (
                <>
                  Opening <Link to={`${data.basePath}/${target}`}>{target}</Link>.
                </>
              ) : (
                <>
                  This error ID is not in the catalog. Check it in the <Link to={data.basePath}>error catalog</Link>.
                </>
              )}
            </p>
          </div>
        </div>
      ) : null}
    </>
  );
}
