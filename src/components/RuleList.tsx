import React from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import Heading from '@theme/Heading';
import type {RuleMeta} from '@site/src/checks/rule';

/** Every docs check, documented from the rules' own metadata. */
export default function RuleList(): React.ReactElement {
  const {rules} = usePluginData('ax-doc-checks') as {rules: RuleMeta[]};
  return (
    <>
      {rules.map((r) => (
        <section key={r.id}>
          <Heading as="h3" id={r.id.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}>
            <code>{r.id}</code>
          </Heading>
          <p>{r.description}</p>
          <p>
            <strong>Why:</strong> {r.rationale}
          </p>
          <p>
            <strong>Default severity:</strong> {r.defaultSeverity}
          </p>
        </section>
      ))}
    </>
  );
}
