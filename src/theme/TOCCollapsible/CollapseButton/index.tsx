import React from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import CollapseButton from '@theme-original/TOCCollapsible/CollapseButton';
import type CollapseButtonType from '@theme/TOCCollapsible/CollapseButton';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof CollapseButtonType>;

/**
 * The phone's "On this page" button, inert until hydrated: before that a tap was lost (issue 19,
 * item 3). Inert rather than disabled, for the reason the navbar's menu button is (Navbar/MobileSidebar/Toggle).
 */
export default function CollapseButtonWrapper(props: Props): React.ReactElement {
  const hydrated = useIsBrowser();
  return <CollapseButton {...props} inert={!hydrated} />;
}
