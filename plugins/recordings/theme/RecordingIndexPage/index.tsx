import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {RecordingView} from '@site/src/recordings/types';
import styles from '../recordings.module.css';

type Summary = Omit<RecordingView, 'chapters'>;

function RecordingList({id, title, recordings}: {id: string; title: string; recordings: Summary[]}): React.ReactElement {
  return (
    <section aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      <ul className={styles.list}>
        {recordings.map((r) => (
          <li key={r.id}>
            <Heading as="h3" id={r.id}>
              <Link to={r.url}>{r.title}</Link>
            </Heading>
            <p>
              Recorded <time dateTime={r.date}>{r.date}</time> · {r.presenter} · {r.length}
            </p>
            <p>{r.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every recording, live sessions first, newest first within each kind. */
export default function RecordingIndexPage({recordings}: {recordings: Summary[]}): React.ReactElement {
  const description = 'The knowledge base\'s recordings of ax docs training: live sessions and walkthroughs, each with a full transcript.';
  return (
    <Layout title="Recordings" description={description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">Recorded sessions and walkthroughs</Heading>
        <p>
          These are the knowledge base&rsquo;s recordings of ax docs training: live sessions recorded as they ran, and walkthroughs recorded on their own. Each page has the full
          transcript from the recording&rsquo;s captions, by chapter and with timestamps; the narrator describes every action on screen, so the transcript stands in for the video
          wherever the video is not available.
        </p>
        <RecordingList id="live-sessions" title="Live sessions" recordings={recordings.filter((r) => r.kindLabel === 'Live session')} />
        <RecordingList id="walkthroughs" title="Walkthroughs" recordings={recordings.filter((r) => r.kindLabel !== 'Live session')} />
      </main>
    </Layout>
  );
}
