import React from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import {translate} from '@docusaurus/Translate';
import IconMenu from '@theme/Icon/Menu';

/**
 * The mobile menu button, ejected from the classic theme only to make it inert until the page
 * has hydrated: before that a tap did nothing and was lost (issue 19, item 3). Inert rather than
 * disabled, as the theme's colour mode toggle is: enabling a button costs a phone a few
 * milliseconds of the commit after hydration, on every page (issue 13), and clearing `inert` almost nothing.
 */
export default function MobileSidebarToggle(): React.ReactElement {
  const {toggle, shown} = useNavbarMobileSidebar();
  const hydrated = useIsBrowser();
  return (
    <button
      onClick={toggle}
      inert={!hydrated}
      aria-label={translate({
        id: 'theme.docs.sidebar.toggleSidebarButtonAriaLabel',
        message: 'Toggle navigation bar',
        description: 'The ARIA label for hamburger menu button of mobile navigation',
      })}
      aria-expanded={shown}
      className="navbar__toggle clean-btn"
      type="button">
      <IconMenu />
    </button>
  );
}
