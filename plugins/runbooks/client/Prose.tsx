import React from 'react';

/** Renders a typed-data sentence, turning `backticked` spans into code, as Markdown would. */
export default function Prose({text}: {text: string}): React.ReactElement {
  const parts = text.split(/`([^`]+)`/);
  return <>{parts.map((part, i) => (i % 2 ? <code key={i}>{part}</code> : <React.Fragment key={i}>{part}</React.Fragment>))}</>;
}
