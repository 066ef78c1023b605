import React from 'react';
import Heading from '@theme/Heading';
import CopyButton from './CopyButton';
import {shellQuote, type ReaderContext} from './useReaderContext';
import styles from '../errors.module.css';

/** The request that failed, when the CLI's link carried its correlation ID. */
export default function CorrelationPanel({context}: {context: ReaderContext}): React.ReactElement | null {
  if (!context.cid && !context.version) return null;
  const command = context.cid ? `ax logs --correlation-id ${shellQuote(context.cid)}` : undefined;
  return (
    <section className={styles.panel} aria-labelledby="your-request" data-testid="correlation-panel">
      <Heading as="h2" id="your-request">
        Your request
      </Heading>
      {context.cid && command ? (
        <>
          <p>
            Correlation ID: <code data-testid="correlation-id">{context.cid}</code> <CopyButton value={context.cid} label="Copy correlation ID" />
          </p>
          <p>Read every log line of this request across the CLI, the marketplace and the runtime:</p>
          <p>
            <code data-testid="logs-command">{command}</code> <CopyButton value={command} label="Copy command" />
          </p>
        </>
      ) : null}
      {context.version ? (
        <p>
          Your CLI version: <code data-testid="reader-version">{context.version}</code>. Steps that do not apply to it are marked below.
        </p>
      ) : null}
    </section>
  );
}
