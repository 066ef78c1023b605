import React from 'react';
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
 * `runbook/sections` rule keeps last.
 *
 * Deliberately no `<Suspense>` here: React's server render moves a suspense boundary of more than
 * a few hundred bytes to the end of the HTML, to be swapped in by script, which would hide these
 * parts from readers without JavaScript and from the search index. The server reads the view
 * synchronously; in the browser, the hydration or navigation that first needs a view waits for
 * its chunk (neither is a synchronous update), and the plugin's client module starts that load
 * alongside the route's own chunks.
 */
export default function RunbookLayout({id, children}: {id: string; children: React.ReactNode}): React.ReactElement {
  return (
    <>
      <Facts id={id} />
      {children}
      <CommsAndDrill id={id} />
    </>
  );
}
