import React, {Suspense} from 'react';
import CommsTemplates from './CommsTemplates';
import DrillMode from './DrillMode';
import RunbookMeta from './RunbookMeta';
import {useRunbookView} from './runbook-view';

function Facts({id}: {id: string}): React.ReactElement {
  return <RunbookMeta view={useRunbookView(id)} />;
}

function CommsAndDrill({id}: {id: string}): React.ReactElement {
  const view = useRunbookView(id);
  return (
    <>
      <CommsTemplates view={view} />
      <DrillMode view={view} />
    </>
  );
}

/**
 * What every runbook page has besides its Markdown: the facts table above it, and the comms
 * templates and drill mode below it. The comms templates close the `## Comms` section, which the
 * `runbook/sections` rule keeps last. The Markdown sits outside the suspense boundaries, so it
 * never waits for the view model; the server render waits for it, so the built HTML is complete.
 */
export default function RunbookLayout({id, children}: {id: string; children: React.ReactNode}): React.ReactElement {
  return (
    <>
      <Suspense fallback={null}>
        <Facts id={id} />
      </Suspense>
      {children}
      <Suspense fallback={null}>
        <CommsAndDrill id={id} />
      </Suspense>
    </>
  );
}
