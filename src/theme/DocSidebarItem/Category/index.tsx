import React, {type ComponentProps, type ReactNode, useEffect, useMemo} from 'react';
import clsx from 'clsx';
import {ThemeClassNames, useThemeConfig, usePrevious, Collapsible, useCollapsible} from '@docusaurus/theme-common';
import {isSamePath} from '@docusaurus/theme-common/internal';
import {isActiveSidebarItem, findFirstSidebarItemLink, useDocSidebarItemsExpandedState, useVisibleSidebarItems} from '@docusaurus/plugin-content-docs/client';
import type {PropSidebarItemCategory, PropSidebarItemLink} from '@docusaurus/plugin-content-docs';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {translate} from '@docusaurus/Translate';
import DocSidebarItems from '@theme/DocSidebarItems';
import DocSidebarItemLink from '@theme/DocSidebarItem/Link';
import type {Props} from '@theme/DocSidebarItem/Category';
import {useHydrated} from '@site/src/components/useHydrated';
import styles from './styles.module.css';

/*
 * The classic theme's sidebar category (Docusaurus 3.10.2), ejected only so that its caret
 * button (CollapseButton below) is disabled until the page has hydrated (issue 19, item 3). The
 * rest is the theme's code, with its comments shortened.
 */

/** A category that becomes active by navigation expands itself. */
function useAutoExpandActiveCategory({isActive, collapsed, updateCollapsed, activePath}: {isActive: boolean; collapsed: boolean; updateCollapsed: (b: boolean) => void; activePath: string}): void {
  const wasActive = usePrevious(isActive);
  const previousActivePath = usePrevious(activePath);
  useEffect(() => {
    const justBecameActive = isActive && !wasActive;
    const stillActiveButPathChanged = isActive && wasActive && activePath !== previousActivePath;
    if ((justBecameActive || stillActiveButPathChanged) && collapsed) updateCollapsed(false);
  }, [isActive, wasActive, collapsed, updateCollapsed, activePath, previousActivePath]);
}

/**
 * A collapsible category without a link of its own links to its first child in the server's
 * HTML, so it works before hydration (and without scripts) as a plain link.
 */
function useCategoryHrefWithSSRFallback(item: Props['item']): string | undefined {
  const isBrowser = useIsBrowser();
  return useMemo(() => {
    if (item.href && !item.linkUnlisted) return item.href;
    if (isBrowser || !item.collapsible) return undefined;
    return findFirstSidebarItemLink(item);
  }, [item, isBrowser]);
}

/**
 * The caret that expands or collapses a sidebar category that is also a link. Disabled until the
 * page has hydrated: before that a tap did nothing and was lost (issue 19, item 3). The
 * category's own link works before hydration, as a plain link.
 */
function CollapseButton({collapsed, categoryLabel, onClick}: {collapsed: boolean; categoryLabel: string; onClick: ComponentProps<'button'>['onClick']}): React.ReactElement {
  const hydrated = useHydrated();
  const label = collapsed
    ? translate({id: 'theme.DocSidebarItem.expandCategoryAriaLabel', message: "Expand sidebar category '{label}'", description: 'The ARIA label to expand the sidebar category'}, {label: categoryLabel})
    : translate({id: 'theme.DocSidebarItem.collapseCategoryAriaLabel', message: "Collapse sidebar category '{label}'", description: 'The ARIA label to collapse the sidebar category'}, {label: categoryLabel});
  return <button aria-label={label} aria-expanded={!collapsed} type="button" className="clean-btn menu__caret" onClick={onClick} disabled={!hydrated} />;
}

function isCategoryWithHref(category: PropSidebarItemCategory): category is PropSidebarItemCategory & {href: string} {
  return typeof category.href === 'string';
}

/** A category without visible children renders as a link, or not at all when it has no link. */
function DocSidebarItemCategoryEmpty({item, ...props}: Props): ReactNode {
  if (!isCategoryWithHref(item)) return null;
  const {type: _type, collapsed: _collapsed, collapsible: _collapsible, items: _items, linkUnlisted: _unlisted, ...forwardableProps} = item;
  const linkItem: PropSidebarItemLink = {type: 'link', ...forwardableProps};
  return <DocSidebarItemLink item={linkItem} {...props} />;
}

function DocSidebarItemCategoryCollapsible({item, onItemClick, activePath, level, index, ...props}: Props): ReactNode {
  const {items, label, collapsible, className, href} = item;
  const {
    docs: {
      sidebar: {autoCollapseCategories},
    },
  } = useThemeConfig();
  const hrefWithSSRFallback = useCategoryHrefWithSSRFallback(item);
  const isActive = isActiveSidebarItem(item, activePath);
  const isCurrentPage = isSamePath(href, activePath);
  // Active categories start expanded; the others as the sidebar says.
  const {collapsed, setCollapsed} = useCollapsible({initialState: () => (collapsible ? (isActive ? false : item.collapsed) : false)});
  const {expandedItem, setExpandedItem} = useDocSidebarItemsExpandedState();
  const updateCollapsed = (toCollapsed: boolean = !collapsed) => {
    setExpandedItem(toCollapsed ? null : index);
    setCollapsed(toCollapsed);
  };
  useAutoExpandActiveCategory({isActive, collapsed, updateCollapsed, activePath});
  useEffect(() => {
    if (collapsible && expandedItem != null && expandedItem !== index && autoCollapseCategories) setCollapsed(true);
  }, [collapsible, expandedItem, index, setCollapsed, autoCollapseCategories]);

  const handleItemClick: ComponentProps<'a'>['onClick'] = (e) => {
    onItemClick?.(item);
    if (!collapsible) return;
    if (href) {
      // On the category's own page a click collapses it; navigating to it always expands it.
      if (isCurrentPage) {
        e.preventDefault();
        updateCollapsed();
      } else updateCollapsed(false);
    } else {
      e.preventDefault();
      updateCollapsed();
    }
  };

  return (
    <li
      className={clsx(
        ThemeClassNames.docs.docSidebarItemCategory,
        ThemeClassNames.docs.docSidebarItemCategoryLevel(level),
        'menu__list-item',
        {'menu__list-item--collapsed': collapsed},
        className,
      )}>
      <div className={clsx('menu__list-item-collapsible', {'menu__list-item-collapsible--active': isCurrentPage})}>
        <Link
          className={clsx(styles.categoryLink, 'menu__link', {
            'menu__link--sublist': collapsible,
            'menu__link--sublist-caret': !href && collapsible,
            'menu__link--active': isActive,
          })}
          onClick={handleItemClick}
          aria-current={isCurrentPage ? 'page' : undefined}
          role={collapsible && !href ? 'button' : undefined}
          aria-expanded={collapsible && !href ? !collapsed : undefined}
          href={collapsible ? (hrefWithSSRFallback ?? '#') : hrefWithSSRFallback}
          {...props}>
          <span className={styles.categoryLinkLabel}>{label}</span>
        </Link>
        {href && collapsible && (
          <CollapseButton
            collapsed={collapsed}
            categoryLabel={label}
            onClick={(e) => {
              e.preventDefault();
              updateCollapsed();
            }}
          />
        )}
      </div>
      <Collapsible lazy as="ul" className="menu__list" collapsed={collapsed}>
        <DocSidebarItems items={items} tabIndex={collapsed ? -1 : 0} onItemClick={onItemClick} activePath={activePath} level={level + 1} />
      </Collapsible>
    </li>
  );
}

export default function DocSidebarItemCategory(props: Props): ReactNode {
  const visibleChildren = useVisibleSidebarItems(props.item.items, props.activePath);
  return visibleChildren.length === 0 ? <DocSidebarItemCategoryEmpty {...props} /> : <DocSidebarItemCategoryCollapsible {...props} />;
}
