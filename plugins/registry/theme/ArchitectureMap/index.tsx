import React, {useRef} from 'react';
import Mermaid from '@theme/Mermaid';
import architecture from '@generated/ax-registry/default/architecture.json';
import {useNearViewport} from './useNearViewport';
import styles from './styles.module.css';

/**
 * The platform map: a Mermaid diagram, with the same facts as a list for screen readers. The
 * diagram is drawn when the figure nears the viewport; its box keeps its height until then.
 */
export default function ArchitectureMap(): React.ReactElement {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  return (
    <figure aria-labelledby="ax-architecture-caption">
      <div aria-hidden="true" ref={box} className={styles.diagram}>
        {near && <Mermaid value={architecture.mermaid} />}
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
