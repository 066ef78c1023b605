import React, {forwardRef, useState, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import {usePrismTheme} from '@docusaurus/theme-common';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import Line from '@theme/CodeBlock/Line';
import {Highlight} from 'prism-react-renderer';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import {keptServerHtml, useMountedWhileHydrating} from '@site/src/components/useKeptServerHtml';

const Pre = forwardRef<HTMLPreElement, ComponentProps<'pre'>>(function Pre(props, ref) {
  // A code block scrolls sideways, so it takes the focus to be scrolled with the keyboard.
  return <pre ref={ref} tabIndex={0} {...props} className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')} />;
});

function Code(props: ComponentProps<'code'>): ReactNode {
  const {metadata} = useCodeBlockContext();
  const numbered = metadata.lineNumbersStart !== undefined;
  return (
    <code
      {...props}
      className={clsx(props.className, styles.codeBlockLines, numbered && styles.codeBlockLinesWithNumbering)}
      style={{...props.style, counterReset: numbered ? `line-count ${metadata.lineNumbersStart! - 1}` : undefined}}
    />
  );
}

/**
 * The stock code block content (the same `<pre>`, `<code>`, lines and tokens), except that a
 * block on the page as loaded keeps the lines the server drew: React neither tokenizes its code
 * again nor hydrates a `<span>` per token. A runbook's code blocks were the largest part of its
 * hydration, one long task on a throttled phone (issue 13). The lines are drawn by React when
 * they could differ from the server's: on a client-side navigation, or once the colour mode
 * turns out not to be the default one the server drew (after hydration, as the stock block
 * restyled its tokens then too), or if the code changes.
 */
export default function CodeBlockContent({className: classNameProp}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const mountedWhileHydrating = useMountedWhileHydrating();
  const [drawnByServer] = useState({theme: prismTheme, code: metadata.code, language: metadata.language});
  const keep = mountedWhileHydrating && drawnByServer.theme === prismTheme && drawnByServer.code === metadata.code && drawnByServer.language === metadata.language;
  if (keep) {
    // The class and style <Highlight> gives the <pre>: the language's class and the theme's plain style.
    const className = clsx(classNameProp, `prism-code language-${metadata.language.toLowerCase()}`);
    return (
      <Pre ref={wordWrap.codeBlockRef} className={className} style={prismTheme.plain}>
        <Code key="server" {...keptServerHtml} />
      </Pre>
    );
  }
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  return (
    <Highlight theme={prismTheme} code={code} language={language}>
      {({className, style, tokens: lines, getLineProps, getTokenProps}) => (
        <Pre ref={wordWrap.codeBlockRef} className={clsx(classNameProp, className)} style={style}>
          <Code key="react">
            {lines.map((line, i) => (
              <Line
                key={i}
                line={line}
                getLineProps={getLineProps}
                getTokenProps={getTokenProps}
                classNames={lineClassNames[i]}
                showLineNumbers={lineNumbersStart !== undefined}
              />
            ))}
          </Code>
        </Pre>
      )}
    </Highlight>
  );
}
