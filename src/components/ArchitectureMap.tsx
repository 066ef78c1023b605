import React from 'react';
import Mermaid from '@theme/Mermaid';
import {architectureMermaid, architectureEdges} from '@site/src/site/architecture';
import {components} from '@site/src/content-model/registry';

/** The platform map: a Mermaid diagram, with the same facts as a list for screen readers. */
export default function ArchitectureMap(): React.ReactElement {
  const name = (id: string) => components.find((c) => c.id === id)?.name ?? id;
  return (
    <figure aria-labelledby="ax-architecture-caption">
      <div aria-hidden="true">
        <Mermaid value={architectureMermaid()} />
      </div>
      <figcaption id="ax-architecture-caption">
        The ax v2 platform: how the components connect.
      </figcaption>
      <details>
        <summary>The same map as text</summary>
        <ul>
          {architectureEdges.map((e) => (
            <li key={`${e.from}-${e.to}`}>
              {name(e.from)} → {name(e.to)}: {e.label}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
