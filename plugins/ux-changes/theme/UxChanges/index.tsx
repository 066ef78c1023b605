import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import view from '@generated/ax-ux-changes/default/ux-changes.json';
import type {UxChangeView} from '@site/src/ux/changes-view';
import styles from './styles.module.css';

function Shot({src, alt, label}: {src: string; alt: string; label: string}): React.ReactElement {
  return (
    <figure className={styles.shot}>
      <img src={useBaseUrl(src)} alt={alt} loading="lazy" decoding="async" />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function Change({cut}: {cut: UxChangeView}): React.ReactElement {
  return (
    <section aria-labelledby={`ux-${cut.id}`} className={styles.change}>
      <Heading as="h2" id={`ux-${cut.id}`}>
        {cut.title}
      </Heading>
      <ul className="ax-facts">
        <li>
          <strong>Page:</strong> {cut.kindName}, <Link to={cut.route}>
            <code>{cut.route}</code>
          </Link>
        </li>
        <li>
          <strong>Seen at:</strong> {cut.viewport} px, {cut.mode} mode
        </li>
        {cut.wcag ? (
          <li>
            <strong>WCAG 2.2:</strong> {cut.wcag}
          </li>
        ) : null}
      </ul>
      <div className={styles.pair}>
        <Shot src={cut.before.src} alt={cut.before.alt} label="Before" />
        <Shot src={cut.after.src} alt={cut.after.alt} label="After" />
      </div>
      <p>
        <strong>What changed.</strong> {cut.changed}
      </p>
      <p>
        <strong>Why.</strong> {cut.impact}
      </p>
    </section>
  );
}

/**
 * The UX changes page's body: every papercut with its before and after shots, from the page
 * data the ux-changes plugin writes (the typed list in src/ux/papercuts, checked at build time).
 */
export default function UxChanges(): React.ReactElement {
  return (
    <>
      <p>
        {view.changes.length} papercuts, in {view.kindCount} page kinds.
      </p>
      {view.changes.map((cut) => (
        <Change key={cut.id} cut={cut} />
      ))}
    </>
  );
}
