import React from 'react';

/** Registry text with `code` spans, as the registry writes them: backticks become <code>. */
export default function InlineCode({text}: {text: string}): React.ReactElement {
  return <>{text.split(/(`[^`]+`)/).map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 2 ? <code key={i}>{part.slice(1, -1)}</code> : part))}</>;
}
