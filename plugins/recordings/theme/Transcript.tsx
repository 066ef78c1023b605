import React from 'react';
import Heading from '@theme/Heading';
import type {TranscriptChapter} from '@site/src/recordings/types';
import styles from './recordings.module.css';

/** Cue text with its `ax …` commands (between backticks) set as code, as the narrator quotes them. */
function CueText({text}: {text: string}): React.ReactElement {
  const parts = text.split('`');
  return <>{parts.map((part, i) => (i % 2 ? <code key={i}>{part}</code> : <React.Fragment key={i}>{part}</React.Fragment>))}</>;
}

/** `PT1M5S` for 65 seconds: a duration machines read, for the `<time>` of each line. */
const isoDuration = (seconds: number) => `PT${Math.floor(seconds / 60)}M${Math.floor(seconds % 60)}S`;

/**
 * The transcript from the captions, one heading per chapter and a timestamp per cue. The
 * narrator says every action on screen, so this text is also the recording's audio description.
 */
export default function Transcript({chapters}: {chapters: TranscriptChapter[]}): React.ReactElement {
  return (
    <section aria-labelledby="transcript">
      <Heading as="h2" id="transcript">
        Transcript
      </Heading>
      {chapters.map((chapter) => (
        <section key={chapter.anchor} aria-labelledby={chapter.anchor}>
          <Heading as="h3" id={chapter.anchor}>
            {chapter.title} <span className={styles.chapterTime}>({chapter.clock})</span>
          </Heading>
          {chapter.lines.map((line) => (
            <p key={line.seconds} className={styles.line}>
              <time className={styles.time} dateTime={isoDuration(line.seconds)}>
                {line.clock}
              </time>{' '}
              <CueText text={line.text} />
            </p>
          ))}
        </section>
      ))}
    </section>
  );
}
