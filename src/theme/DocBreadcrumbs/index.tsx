import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDocsSidebar} from '@docusaurus/plugin-content-docs/client';
import type {PropSidebarItem, PropSidebarItemCategory, PropSidebarItemLink} from '@docusaurus/plugin-content-docs';
import {isSamePath, useHomePageRoute} from '@docusaurus/theme-common/internal';
import {useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import useRouteContext from '@docusaurus/useRouteContext';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import HomeBreadcrumbItem from '@theme/DocBreadcrumbs/Items/Home';
import DocBreadcrumbsStructuredData from '@theme/DocBreadcrumbs/StructuredData';
// The stock stylesheet, so the class names and the HTML stay those of the stock component.
import styles from '@docusaurus/theme-classic/lib/theme/DocBreadcrumbs/styles.module.css';

type Crumb = PropSidebarItemCategory | PropSidebarItemLink;

/** The categories and the doc leading to `pathname` in a sidebar, as the docs plugin's own helper finds them. */
function sidebarBreadcrumbs(items: readonly PropSidebarItem[], pathname: string): Crumb[] {
  const crumbs: Crumb[] = [];
  const extract = (list: readonly PropSidebarItem[]): boolean => {
    for (const item of list) {
      if (item.type === 'category' && (isSamePath(item.href, pathname) || extract(item.items))) {
        crumbs.unshift(item);
        return true;
      }
      if (item.type === 'link' && item.docId && isSamePath(item.href, pathname)) {
        crumbs.unshift(item);
        return true;
      }
    }
    return false;
  };
  extract(items);
  return crumbs;
}

/**
 * The docs plugin's `useSidebarBreadcrumbs`, reading the `breadcrumbs` option of the plugin that
 * owns the route instead of finding the active plugin by path: that lookup sorts the docs
 * plugins with `localeCompare`, and with our four docs instances its first call set up the
 * ICU collator during hydration, about 45 ms of a 4x-throttled main thread on every doc page.
 */
function useSidebarBreadcrumbs(): Crumb[] | null {
  const sidebar = useDocsSidebar();
  const {pathname} = useLocation();
  const {plugin} = useRouteContext();
  const pluginData = usePluginData(plugin.name, plugin.id, {failfast: false}) as {breadcrumbs?: boolean} | undefined;
  if (pluginData?.breadcrumbs === false || !sidebar) return null;
  return sidebarBreadcrumbs(sidebar.items, pathname);
}

function BreadcrumbsItemLink({children, href, isLast}: {children: ReactNode; href: string | undefined; isLast: boolean}): ReactNode {
  const className = 'breadcrumbs__link';
  if (isLast) return <span className={className}>{children}</span>;
  return href ? (
    <Link className={className} href={href}>
      <span>{children}</span>
    </Link>
  ) : (
    <span className={className}>{children}</span>
  );
}

function BreadcrumbsItem({children, active}: {children: ReactNode; active: boolean}): ReactNode {
  return <li className={clsx('breadcrumbs__item', {'breadcrumbs__item--active': active})}>{children}</li>;
}

/** The stock DocBreadcrumbs (Docusaurus 3.10), with the breadcrumbs hook above. */
export default function DocBreadcrumbs(): ReactNode {
  const breadcrumbs = useSidebarBreadcrumbs();
  const homePageRoute = useHomePageRoute();
  if (!breadcrumbs) return null;
  return (
    <>
      <DocBreadcrumbsStructuredData breadcrumbs={breadcrumbs} />
      <nav
        className={clsx(ThemeClassNames.docs.docBreadcrumbs, styles.breadcrumbsContainer)}
        aria-label={translate({id: 'theme.docs.breadcrumbs.navAriaLabel', message: 'Breadcrumbs', description: 'The ARIA label for the breadcrumbs'})}
      >
        <ul className="breadcrumbs">
          {homePageRoute && <HomeBreadcrumbItem />}
          {breadcrumbs.map((item, idx) => {
            const isLast = idx === breadcrumbs.length - 1;
            const href = item.type === 'category' && item.linkUnlisted ? undefined : item.href;
            return (
              <BreadcrumbsItem key={idx} active={isLast}>
                <BreadcrumbsItemLink href={href} isLast={isLast}>
                  {item.label}
                </BreadcrumbsItemLink>
              </BreadcrumbsItem>
            );
          })}
        </ul>
      </nav>
    </>
  );
}
