import React from 'react';
import DocItem from '@theme/DocItem';
import type {Props as DocItemProps} from '@theme/DocItem';
import type {RunbookPageView} from '@site/src/content-model/ops/views/runbook-page';
import {DocContentSlots} from '@site/src/components/doc-content-slots';
import CommsTemplates from '@theme/CommsTemplates';
import DrillMode from '@theme/DrillMode';
import RunbookMeta from '@theme/RunbookMeta';

/**
 * The doc item of the runbooks section. A runbook's page route carries its view model
 * (`runbookView`, from plugins/runbooks/docs-instance.ts); the page then has the facts table
 * above its Markdown and the comms templates and drill mode below it, closing the `## Comms`
 * section that the `runbook/sections` rule keeps last. Other pages of the section render as any doc.
 */
export default function RunbookDocItem({runbookView, ...props}: DocItemProps & {runbookView?: RunbookPageView}): React.ReactElement {
  if (!runbookView) return <DocItem {...props} />;
  const slots = {
    before: <RunbookMeta view={runbookView} />,
    after: (
      <>
        <CommsTemplates view={runbookView} />
        <DrillMode view={runbookView} />
      </>
    ),
  };
  return (
    <DocContentSlots.Provider value={slots}>
      <DocItem {...props} />
    </DocContentSlots.Provider>
  );
}
