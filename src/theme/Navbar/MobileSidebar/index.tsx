import React, {useState} from 'react';
import {useLockBodyScroll, useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import NavbarMobileSidebarLayout from '@theme/Navbar/MobileSidebar/Layout';
import NavbarMobileSidebarHeader from '@theme/Navbar/MobileSidebar/Header';
import NavbarMobileSidebarPrimaryMenu from '@theme/Navbar/MobileSidebar/PrimaryMenu';
import NavbarMobileSidebarSecondaryMenu from '@theme/Navbar/MobileSidebar/SecondaryMenu';

/**
 * The stock mobile menu, mounted the first time it opens instead of on every phone page load.
 * The stock one mounts right after hydration, hidden off-screen: the navbar links plus the whole
 * doc sidebar, in the one synchronous render that follows hydration (the largest part of a
 * runbook page's blocking time on a throttled phone). And its links, lying against the left edge
 * of the viewport, counted as visible, so each prefetched its page: some thirty runbook chunks on
 * a runbook. Hidden, it was `visibility: hidden`, so neither keyboards nor screen readers reached
 * it; not rendering it until opened changes nothing for them. Once opened it stays mounted, so it
 * closes with its transition; custom.css gives the first opening its slide-in too.
 */
export default function NavbarMobileSidebar(): React.ReactElement | null {
  const mobileSidebar = useNavbarMobileSidebar();
  useLockBodyScroll(mobileSidebar.shown);
  const [opened, setOpened] = useState(false);
  // Remembered during render (React's pattern for state derived from a change) so the menu
  // mounts in the same render that shows it.
  if (mobileSidebar.shown && !opened) setOpened(true);
  if (!mobileSidebar.shouldRender || !(opened || mobileSidebar.shown)) return null;
  return (
    <NavbarMobileSidebarLayout
      header={<NavbarMobileSidebarHeader />}
      primaryMenu={<NavbarMobileSidebarPrimaryMenu />}
      secondaryMenu={<NavbarMobileSidebarSecondaryMenu />}
    />
  );
}
