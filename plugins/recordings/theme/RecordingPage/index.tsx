import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {routes} from '@site/src/routes/table';
import type {RecordingView} from '@site/src/recordings/types';
import Transcript from '../Transcript';
import styles from '../recordings.module.css';

/** The player, only when the build was given a media location; otherwise one honest line, never a broken player. */
function Video({recording}: {recording: RecordingView}): React.ReactElement {
  if (!recording.media) {
    return <p>The video is not available in this build. The transcript below has every word of it, and the narrator describes every action on screen.</p>;
  }
  return (
    <video className={styles.player} controls preload="none" src={recording.media.videoUrl} aria-label={`Video: ${recording.title}`}>
      <track kind="captions" srcLang="en" label="English" src={recording.media.captionsUrl} default />
    </video>
  );
}

/** One recorded session or walkthrough: facts, player or its absence, chapters, slides and labs, then the transcript. */
export default function RecordingPage({recording}: {recording: RecordingView}): React.ReactElement {
  return (
    <Layout title={recording.title} description={recording.description}>
      <main className="container margin-vert--lg">
        <article>
          <p>
            <Link to={routes.recording()}>Recordings</Link>
          </p>
          <Heading as="h1">{recording.title}</Heading>
          <ul className={`ax-facts ${styles.facts}`} aria-label="About this recording">
            <li>{recording.kindLabel}</li>
            <li>
              Recorded <time dateTime={recording.date}>{recording.date}</time>
            </li>
            <li>Presented by {recording.presenter}</li>
            <li>Length {recording.length}</li>
          </ul>
          <p>{recording.description}</p>
          <Video recording={recording} />
          <Heading as="h2" id="chapters">
            Chapters
          </Heading>
          <ol>
            {recording.chapters.map((c) => (
              <li key={c.anchor}>
                <Link to={`#${c.anchor}`}>{c.title}</Link> ({c.clock})
              </li>
            ))}
          </ol>
          <Heading as="h2" id="slides-and-labs">
            Slides and labs
          </Heading>
          <ul className={styles.facts}>
            <li>{recording.slidesUrl ? <Link to={recording.slidesUrl}>Slides (PDF)</Link> : 'No slides are published for this recording yet.'}</li>
            {recording.labs.length ? (
              recording.labs.map((lab) => (
                <li key={lab.id}>
                  Lab: <Link to={lab.url}>{lab.title}</Link>
                </li>
              ))
            ) : (
              <li>No lab goes with this recording.</li>
            )}
          </ul>
          <Transcript chapters={recording.chapters} />
        </article>
      </main>
    </Layout>
  );
}
