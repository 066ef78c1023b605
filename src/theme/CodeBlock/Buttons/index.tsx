import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/CodeBlock/Buttons';
import CopyButton from '@theme/CodeBlock/Buttons/CopyButton';
import WordWrapButton from '@theme/CodeBlock/Buttons/WordWrapButton';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Buttons/styles.module.css';
import {useIdleMounted} from '@site/src/components/whenIdle';

/**
 * The stock copy and wrap buttons, still left out of the server's HTML (they need React), but
 * mounted once the browser is idle after the block mounts, instead of by `BrowserOnly`.
 * `BrowserOnly` mounted every block's buttons in the one synchronous render that follows
 * hydration; a runbook has seven code blocks, so twenty icons and fourteen buttons in a single
 * long task of a throttled phone. Each block's buttons now come in a short commit of their own
 * (whenIdle.ts). Drawing them on the server instead, disabled until hydration, made the runbook
 * slower still in Lighthouse: hydrating them cost more than building them.
 */
export default function CodeBlockButtons({className}: Props): ReactNode {
  const mounted = useIdleMounted();
  if (!mounted) return null;
  return (
    <div className={clsx(className, styles.buttonGroup)}>
      <WordWrapButton />
      <CopyButton />
    </div>
  );
}
