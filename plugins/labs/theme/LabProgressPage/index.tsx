import React, {useState} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import type {LabSummary} from '@site/src/labs/types';
import {labState, parseProgress} from '@site/src/labs/progress';
import {useLabProgress} from '@site/src/components/useLabProgress';
import {useQueuedEvents} from '@site/src/components/useEventQueue';
import {downloadQueuedEvents} from '@site/src/telemetry/browser';
import {routes} from '@site/src/routes/table';
import styles from '../labs.module.css';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Every lab's state in this browser, export and import of that progress as JSON, and the progress events waiting in the queue. */
export default function LabProgressPage({labs}: {labs: LabSummary[]}): React.ReactElement {
  const {progress, hydrated, importProgress} = useLabProgress();
  const {events, queue} = useQueuedEvents();
  const [importStatus, setImportStatus] = useState('');

  async function onImport(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    const parsed = parseProgress(await file.text());
    if (!parsed.ok) return setImportStatus(`Not imported: ${parsed.message}.`);
    importProgress(parsed.progress);
    setImportStatus(`Imported ${Object.keys(parsed.progress.labs).length} lab(s) from ${file.name}.`);
    e.target.value = '';
  }

  return (
    <Layout title="Lab progress" description="Your progress through the training labs, kept in this browser: export it, import it, and see the progress events it queued.">
      <main className="container margin-vert--lg">
        <h1>Lab progress</h1>
        <p>
          Progress through the <Link to={routes.lab()}>training labs</Link> is kept in this browser only; there are no accounts. Export it as JSON to carry it to another browser, and import it there.
        </p>
        <div className={styles.tableWrap}>
          <table aria-label="Lab progress">
            <thead>
              <tr>
                <th scope="col">Lab</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {labs.map((l) => {
                const s = labState(progress, l.id, l.steps.map((st) => st.id));
                return (
                  <tr key={l.id} data-lab={l.id} data-lab-state={hydrated ? s.state : 'loading'}>
                    <td>
                      <Link to={l.url}>{l.title}</Link>
                    </td>
                    <td>{!hydrated ? 'Loading' : s.state === 'completed' ? `Completed on ${s.completedAt.slice(0, 10)}` : s.state === 'in-progress' ? `In progress: ${s.passed} of ${s.total} checkpoints` : 'Not started'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <h2 id="export-import">Export and import</h2>
        <div className={styles.actions}>
          <button type="button" className="button button--primary button--sm" disabled={!hydrated} onClick={() => download('ax-lab-progress.json', `${JSON.stringify(progress, null, 2)}\n`, 'application/json')}>
            Export progress (JSON)
          </button>
          <label>
            Import progress (JSON): <input type="file" accept=".json,application/json" onChange={onImport} disabled={!hydrated} />
          </label>
        </div>
        <p role="status">{importStatus}</p>
        <h2 id="events">Progress events</h2>
        {queue?.endpoint ? (
          <p>
            This site sends <code>lab_started</code>, <code>lab_completed</code> and <code>feedback</code> events to <code>{queue.endpoint}</code>. Events the browser could not send wait here.
          </p>
        ) : (
          <p>
            This site was built without a telemetry endpoint, so <code>lab_started</code>, <code>lab_completed</code> and <code>feedback</code> events stay queued in this browser and are never sent anywhere. They carry a random id made in this browser, never your name.
          </p>
        )}
        {events.length ? (
          <>
            <pre aria-label="Queued events" data-testid="queued-events">
              {events.map((e) => JSON.stringify(e)).join('\n')}
            </pre>
            <button type="button" className="button button--secondary button--sm" onClick={() => queue && downloadQueuedEvents(queue)}>
              Download queued events (NDJSON)
            </button>
          </>
        ) : (
          <p data-testid="queued-events-empty">{hydrated ? 'No queued events.' : 'Loading queued events.'}</p>
        )}
      </main>
    </Layout>
  );
}
