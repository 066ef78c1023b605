import React from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import DocFeedback from '@theme/DocFeedback';
import {FreshnessLine, usePageFreshness} from '@site/src/components/DocFreshness';

type Props = WrapperProps<typeof FooterType>;

/** The stock doc footer, preceded by "Was this helpful?" and by who owns the page and when it is next reviewed. */
export default function FooterWrapper(props: Props): React.ReactElement {
  const {frontMatter} = useDoc();
  const f = usePageFreshness(frontMatter);
  return (
    <>
      <DocFeedback />
      {f && <FreshnessLine f={f} />}
      <Footer {...props} />
    </>
  );
}
