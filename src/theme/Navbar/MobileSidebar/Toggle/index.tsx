import React from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import {translate} from '@docusaurus/Translate';
import IconMenu from '@theme/Icon/Menu';

/**
 * The mobile menu button, ejected from the classic theme only to render it disabled until the
 * page has hydrated: before that a tap did nothing and was lost (issue 19, item 3). The theme's
 * colour mode toggle already does the same.
 */
export default function MobileSidebarToggle(): React.ReactElement {
  const {toggle, shown} = useNavbarMobileSidebar();
  const hydrated = useIsBrowser();
  return (
    <button
      onClick={toggle}
      disabled={!hydrated}
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
