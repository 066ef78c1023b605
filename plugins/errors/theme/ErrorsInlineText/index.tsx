import React from 'react';

/** Text in which `backticks` mark code, rendered as text and <code>, never as HTML. */
export default function InlineText({text}: {text: string}): React.ReactElement {
  const parts = text.split(/(`[^`]+`)/g);
  return (
    <>
      {parts.map((p, i) => (p.startsWith('`') && p.endsWith('`') && p.length > 1 ? <code key={i}>{p.slice(1, -1)}</code> : <React.Fragment key={i}>{p}</React.Fragment>))}
    </>
  );
}
