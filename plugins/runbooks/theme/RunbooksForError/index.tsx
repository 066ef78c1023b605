import React from 'react';
import Link from '@docusaurus/Link';
import byTrigger from '@generated/ax-runbooks/default/runbooks-by-trigger.json';

/**
 * The runbooks whose triggers name an error ID or alert; for error pages, so a reader holding
 * an error lands on the runbook that answers it. Renders nothing when no runbook names it.
 * Its data is the runbooks plugin's trigger → runbooks map, a few kilobytes, not the whole section.
 */
export default function RunbooksForError({id}: {id: string}): React.ReactElement | null {
  const runbooks = byTrigger[id] ?? [];
  if (!runbooks.length) return null;
  return (
    <aside className="ax-runbooks-for" aria-label={`Runbooks for ${id}`}>
      <p>
        <strong>On call?</strong> {runbooks.length === 1 ? 'This runbook covers' : 'These runbooks cover'} <code>{id}</code>:
      </p>
      <ul>
        {runbooks.map((r) => (
          <li key={r.id}>
            <Link to={r.permalink}>{r.title}</Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
