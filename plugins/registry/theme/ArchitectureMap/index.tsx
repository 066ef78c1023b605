import React from 'react';
import Mermaid from '@theme/Mermaid';
import architecture from '@generated/ax-registry/default/architecture.json';

/** The platform map: a Mermaid diagram, with the same facts as a list for screen readers. */
export default function ArchitectureMap(): React.ReactElement {
  return (
    <figure aria-labelledby="ax-architecture-caption">
      <div aria-hidden="true">
        <Mermaid value={architecture.mermaid} />
      </div>
      <figcaption id="ax-architecture-caption">
        The ax v2 platform: how the components connect.
      </figcaption>
      <details>
        <summary>The same map as text</summary>
        <ul>
          {architecture.edges.map((e) => (
            <li key={e.key}>
              {e.from} → {e.to}: {e.label}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
