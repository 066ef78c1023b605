import React, {useContext} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {OverdueNotice, usePageFreshness} from '@site/src/components/DocFreshness';
import {DocContentSlots} from '@site/src/components/doc-content-slots';

type Props = WrapperProps<typeof ContentType>;

/**
 * The stock doc content, with a notice above the title when the page is past its review, and
 * whatever the section's doc item puts around the Markdown (the runbook layout, on runbooks).
 */
export default function ContentWrapper(props: Props): React.ReactElement {
  const {frontMatter} = useDoc();
  const f = usePageFreshness(frontMatter);
  const {before, after} = useContext(DocContentSlots);
  return (
    <>
      {f?.status === 'stale' && <OverdueNotice f={f} />}
      <Content {...props}>
        {before}
        {props.children}
        {after}
      </Content>
    </>
  );
}
