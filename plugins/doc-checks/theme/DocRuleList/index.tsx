import React from 'react';
import Heading from '@theme/Heading';
import rules from '@generated/ax-doc-checks/default/rules.json';
import {ruleAnchor} from '@site/src/checks/finding';

/** Every docs check, documented from the rules' own metadata, which the doc-checks plugin writes at build time. */
export default function DocRuleList(): React.ReactElement {
  return (
    <>
      {rules.map((r) => (
        <section key={r.id}>
          <Heading as="h3" id={ruleAnchor(r.id)}>
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
