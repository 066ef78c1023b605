import React, {startTransition, useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/CodeBlock/Buttons';
import CopyButton from '@theme/CodeBlock/Buttons/CopyButton';
import WordWrapButton from '@theme/CodeBlock/Buttons/WordWrapButton';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Buttons/styles.module.css';

/**
 * The stock copy and wrap buttons, still left out of the server's HTML (they need React), but
 * mounted in a transition after the block mounts instead of by `BrowserOnly`. `BrowserOnly`
 * mounted every block's buttons in the one synchronous render that follows hydration; a runbook
 * has ten code blocks, so thirty icons and twenty buttons in a single long task of a throttled
 * phone. A transition lets React build them in slices between which the page stays responsive.
 */
export default function CodeBlockButtons({className}: Props): ReactNode {
  const [mounted, setMounted] = useState(false);
  useEffect(() => startTransition(() => setMounted(true)), []);
  if (!mounted) return null;
  return (
    <div className={clsx(className, styles.buttonGroup)}>
      <WordWrapButton />
      <CopyButton />
    </div>
  );
}
