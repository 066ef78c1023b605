import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import {papercuts} from '@site/src/ux/papercuts';
import {shotFiles, type Papercut} from '@site/src/ux/papercut';
import styles from './styles.module.css';

const kindNames: Record<Papercut['kind'], string> = {
  home: 'Home page',
  doc: 'Doc page',
  error: 'Error page',
  cli: 'CLI reference',
  runbook: 'Runbook',
  matrix: 'Compatibility matrix',
  analytics: 'Analytics',
  lab: 'Training lab',
  security: 'Security dashboard',
  health: 'Doc health',
};

function Shot({src, alt, label}: {src: string; alt: string; label: string}): React.ReactElement {
  return (
    <figure className={styles.shot}>
      <img src={useBaseUrl(src)} alt={alt} loading="lazy" decoding="async" />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function Change({cut}: {cut: Papercut}): React.ReactElement {
  const files = shotFiles(cut.id);
  return (
    <section aria-labelledby={`ux-${cut.id}`} className={styles.change}>
      <Heading as="h2" id={`ux-${cut.id}`}>
        {cut.title}
      </Heading>
      <ul className="ax-facts">
        <li>
          <strong>Page:</strong> {kindNames[cut.kind]}, <Link to={cut.route}>
            <code>{cut.route}</code>
          </Link>
        </li>
        <li>
          <strong>Seen at:</strong> {cut.viewport} px, {cut.mode} mode
        </li>
        {cut.why.wcag ? (
          <li>
            <strong>WCAG 2.2:</strong> {cut.why.wcag}
          </li>
        ) : null}
      </ul>
      <div className={styles.pair}>
        <Shot src={files.before} alt={`Before: ${cut.shows.before}`} label="Before" />
        <Shot src={files.after} alt={`After: ${cut.shows.after}`} label="After" />
      </div>
      <p>
        <strong>What changed.</strong> {cut.changed}
      </p>
      <p>
        <strong>Why.</strong> {cut.why.impact}
      </p>
    </section>
  );
}

/** The UX changes page's body: every papercut of src/ux/papercuts with its before and after shots. */
export default function UxChanges(): React.ReactElement {
  return (
    <>
      <p>
        {papercuts.length} papercuts, in {new Set(papercuts.map((c) => c.kind)).size} page kinds.
      </p>
      {papercuts.map((cut) => (
        <Change key={cut.id} cut={cut} />
      ))}
    </>
  );
}
