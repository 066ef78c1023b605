import React, {isValidElement, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

/** As the stock component: string children (the usual Markdown fence) join into one string. */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((el) => isValidElement(el))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

/**
 * The stock CodeBlock without its remount after hydration. The stock one keys its content on
 * `useIsBrowser()`, so every code block was rendered, thrown away and rendered again from scratch
 * once the page hydrated (tokenizing twice): on a runbook page, seven blocks, the largest part of
 * its blocking time on a throttled phone. The key dates from when the colour mode could differ
 * between the server render and hydration, whose styles React does not patch; in Docusaurus 3.10
 * `useColorMode()` returns the default mode until after hydration, as the server did, and then
 * changes in an ordinary update, which restyles the tokens like any other. The copy and wrap
 * buttons still appear after hydration, from their own `BrowserOnly`.
 */
export default function CodeBlock({children: rawChildren, ...props}: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  return typeof children === 'string' ? <StringContent {...props}>{children}</StringContent> : <ElementContent {...props}>{children}</ElementContent>;
}
