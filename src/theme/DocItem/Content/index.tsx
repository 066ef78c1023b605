import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {OverdueNotice, usePageFreshness} from '@site/src/components/DocFreshness';
import RunbookLayout from '@site/src/components/runbooks/RunbookLayout';

type Props = WrapperProps<typeof ContentType>;

/**
 * The stock doc content, with a notice above the title when the page is past its review, and
 * the runbook layout around the Markdown of a page whose `kind` is `runbook`.
 */
export default function ContentWrapper(props: Props): React.ReactElement {
  const {frontMatter, metadata} = useDoc();
  const f = usePageFreshness(frontMatter);
  const isRunbook = (frontMatter as {kind?: unknown}).kind === 'runbook';
  return (
    <>
      {f?.status === 'stale' && <OverdueNotice f={f} />}
      <Content {...props}>{isRunbook ? <RunbookLayout id={metadata.id}>{props.children}</RunbookLayout> : props.children}</Content>
    </>
  );
}
