import React from 'react';
import architecture from '@generated/ax-registry/default/architecture.json';
import type {LaidOutEdge, LaidOutNode} from '@site/src/model/graph-layout';
import styles from './styles.module.css';

const lineHeight = 19;

function Box({node}: {node: LaidOutNode}): React.ReactElement {
  const top = node.y + node.height / 2 - ((node.lines.length - 1) * lineHeight) / 2;
  return (
    <g>
      <rect className={styles.box} x={node.x} y={node.y} width={node.width} height={node.height} rx={6} />
      {node.lines.map((line, i) => (
        <text key={line} className={i === 0 ? styles.name : styles.team} x={node.x + node.width / 2} y={top + i * lineHeight} dominantBaseline="middle" textAnchor="middle">
          {line}
        </text>
      ))}
    </g>
  );
}

function Edge({edge}: {edge: LaidOutEdge}): React.ReactElement {
  const turn = edge.vertical ? `rotate(-90 ${edge.labelX} ${edge.labelY})` : undefined;
  return (
    <g>
      <path className={styles.edge} d={edge.path} markerEnd="url(#ax-architecture-arrow)" />
      <text className={styles.label} x={edge.labelX} y={edge.labelY} dominantBaseline="middle" textAnchor="middle" transform={turn}>
        {edge.label}
      </text>
    </g>
  );
}

/**
 * The platform map, laid out at build time from the component registry (src/model/graph-layout)
 * and drawn as SVG: no diagram library in the browser, text at a readable size, colours from the
 * site's theme in light and dark mode. The same facts follow as a list, for screen readers and
 * for anyone who would rather read.
 */
export default function ArchitectureMap(): React.ReactElement {
  const {layout, edges} = architecture;
  return (
    <figure aria-labelledby="ax-architecture-caption" className={styles.figure}>
      {/* Focusable, so a keyboard can scroll the map sideways on a narrow screen. */}
      <div className={styles.scroll} tabIndex={0} role="group" aria-label="Architecture map; the same map follows as text">
        <svg className={styles.map} viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height} aria-hidden="true" data-testid="architecture-map">
          <defs>
            <marker id="ax-architecture-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className={styles.arrow} />
            </marker>
          </defs>
          {layout.edges.map((e) => (
            <Edge key={`${e.from}-${e.to}`} edge={e} />
          ))}
          {layout.nodes.map((n) => (
            <Box key={n.id} node={n} />
          ))}
        </svg>
      </div>
      <figcaption id="ax-architecture-caption">The ax v2 platform: how the components connect.</figcaption>
      <details>
        <summary>The same map as text</summary>
        <ul>
          {edges.map((e) => (
            <li key={e.key}>
              {e.from} → {e.to}: {e.label}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
