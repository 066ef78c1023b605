import React, {memo, type ReactNode} from 'react';
import clsx from 'clsx';
import {NavbarSecondaryMenuFiller, ThemeClassNames} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/DocSidebar/Mobile';
import DocSidebarItems from '@theme/DocSidebarItems';

type SidebarItem = Props['sidebar'][number];

/** The docs sidebar as the mobile menu's second panel, as the classic theme draws it. */
function DocSidebarMobileSecondaryMenu({sidebar: {sidebar, path}}: {sidebar: Props}): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  // The menu closes on a link, and on a category that is a page of its own.
  const onItemClick = (item: SidebarItem) => {
    if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
  };
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems items={sidebar} activePath={path} onItemClick={onItemClick} level={1} />
    </ul>
  );
}

/**
 * The classic theme's mobile docs sidebar, except that its props reach the mobile menu as one
 * prop. `NavbarSecondaryMenuFiller` memoizes the props it is given by sorting their names with
 * `localeCompare`, and the first `localeCompare` of a page sets up ICU's collator: about 50–150 ms
 * of a 4x-throttled main thread in the render just after hydration, on every docs page at a
 * phone's width and on no other page (issue 13). With one name there is nothing to sort. The
 * component is memoized on its props, so `sidebar` is the same object until they change.
 */
function DocSidebarMobile(props: Props): ReactNode {
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{sidebar: props}} />;
}

export default memo(DocSidebarMobile);
