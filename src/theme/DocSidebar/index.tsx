import React, {type ReactNode} from 'react';
import {useWindowSize} from '@docusaurus/theme-common';
import type {Props} from '@theme/DocSidebar';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';

/**
 * The classic theme's docs sidebar, except that the desktop sidebar stays in the page at a
 * phone's width, hidden by the theme's CSS as it is before hydration. The stock one removed it
 * once the page learnt its width: on a runbook, dozens of links and their observers taken out of
 * the document in one commit, the longest task Lighthouse measured on a phone after the script's
 * start-up (issue 13). A hidden sidebar is out of the accessibility tree and the tab order, and
 * its links never come into view to prefetch. The phone menu's copy still mounts on a phone only.
 */
export default function DocSidebar(props: Props): ReactNode {
  const windowSize = useWindowSize();
  return (
    <>
      <DocSidebarDesktop {...props} />
      {windowSize === 'mobile' && <DocSidebarMobile {...props} />}
    </>
  );
}
