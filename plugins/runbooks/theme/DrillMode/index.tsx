import Prose from '../../client/Prose';
import TableWrap from '../../client/TableWrap';
import React, {useEffect, useRef, useState} from 'react';
import Heading from '@theme/Heading';
import type {DrillLog} from '@site/src/content-model/ops/drill';
import type {RunbookPageView} from '@site/src/content-model/ops/views/runbook-page';
import {computeDrillResult, drillTargetSeconds, formatDuration} from '@site/src/content-model/ops/widget-helpers';
import {useHydrated} from '@site/src/components/useHydrated';

type Phase = {name: 'idle'} | {name: 'running'; startedAt: Date} | {name: 'finished'; result: DrillLog};

/** Offers a drill of this runbook: a timer, the steps as a checklist, and a result to download for the drill log. */
export default function DrillMode({view}: {view: RunbookPageView}): React.ReactElement {
  const {steps, drill: {history}} = view;
  // Inert until hydrated: a change before then would not reach React (issue 19, item 3). `inert`,
  // not `disabled`, which cost more to clear in the commit after hydration (issue 13).
  const hydrated = useHydrated();
  const [phase, setPhase] = useState<Phase>({name: 'idle'});
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [now, setNow] = useState(() => Date.now());
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (phase.name !== 'running') return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [phase.name]);

  useEffect(() => {
    if (phase.name === 'finished') resultRef.current?.focus();
  }, [phase.name]);

  const start = () => {
    setDone(new Set());
    setNow(Date.now());
    setPhase({name: 'running', startedAt: new Date()});
  };
  const finish = () => {
    if (phase.name !== 'running') return;
    setPhase({name: 'finished', result: computeDrillResult({runbook: view.id, startedAt: phase.startedAt, endedAt: new Date(), steps, done})});
  };
  const toggle = (id: string) => {
    const next = new Set(done);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setDone(next);
  };
  const download = (result: DrillLog) => {
    const blob = new Blob([`${JSON.stringify(result, null, 2)}\n`], {type: 'application/json'});
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${result.runbook}-${result.ended_at.slice(0, 16).replace(/[:T]/g, '-')}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const elapsed = phase.name === 'running' ? Math.floor((now - phase.startedAt.getTime()) / 1000) : 0;
  return (
    <section className="ax-drill" aria-labelledby="drill-mode">
      <Heading as="h2" id="drill-mode">
        Drill mode
      </Heading>
      {phase.name === 'idle' && (
        <>
          <p>
            Rehearse this runbook against the clock. The drill passes when every step is done within {formatDuration(drillTargetSeconds)} (the PRD item 5 target for resolution). Download the result and commit it to <code>runbooks/_drills/</code> to record the drill.
          </p>
          <button type="button" className="button button--primary" inert={!hydrated} onClick={start}>
            Start drill
          </button>
        </>
      )}
      {phase.name === 'idle' && history.length > 0 && (
        <TableWrap label="Drill log">
          <table>
            <caption>Drill log, newest first, from runbooks/_drills</caption>
            <thead>
              <tr>
                <th scope="col">Ended</th>
                <th scope="col">Time to resolve</th>
                <th scope="col">Result</th>
                <th scope="col">Participants</th>
              </tr>
            </thead>
            <tbody>
              {history.map((d) => (
                <tr key={d.endedAt}>
                  <th scope="row">{d.endedAt.slice(0, 16).replace('T', ' ')} UTC</th>
                  <td>
                    {formatDuration(d.elapsedSeconds)} of {formatDuration(d.targetSeconds)}
                  </td>
                  <td>{d.metTarget ? 'Target met' : <strong>Target missed{d.skipped ? `, ${d.skipped} step(s) skipped` : ''}</strong>}</td>
                  <td>{d.participants.join('; ') || 'Not recorded'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {phase.name === 'running' && (
        <>
          <p>
            Elapsed:{' '}
            <span role="timer" aria-live="off" className="ax-drill-timer" data-testid="drill-timer">
              {formatDuration(elapsed)}
            </span>{' '}
            of {formatDuration(drillTargetSeconds)}. {done.size} of {steps.length} steps done.
          </p>
          <fieldset className="ax-fieldset">
            <legend>Drill checklist</legend>
            <ol className="ax-tick-list">
              {steps.map((s) => (
                <li key={s.id}>
                  <label>
                    <input type="checkbox" checked={done.has(s.id)} onChange={() => toggle(s.id)} /> <span className="ax-step-section">{s.section}:</span> <Prose text={s.text} />
                  </label>
                </li>
              ))}
            </ol>
          </fieldset>
          <button type="button" className="button button--primary" onClick={finish}>
            Finish drill
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={() => setPhase({name: 'idle'})}>
            Abandon drill
          </button>
        </>
      )}
      {phase.name === 'finished' && (
        <div ref={resultRef} tabIndex={-1} role="status" className="ax-drill-result">
          <p>
            <strong>{phase.result.met_target ? 'Drill passed.' : 'Drill missed its target.'}</strong> Resolved in {formatDuration(phase.result.elapsed_seconds)} against a target of {formatDuration(phase.result.target_seconds)}
            {phase.result.elapsed_seconds > phase.result.target_seconds ? ' (over time)' : ''}. {phase.result.skipped.length ? `${phase.result.skipped.length} step(s) skipped:` : 'No step skipped.'}
          </p>
          {phase.result.skipped.length > 0 && (
            <ul>
              {phase.result.steps.filter((s) => !s.done).map((s) => (
                <li key={s.id}>
                  {s.section}: <Prose text={s.text} />
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--primary" onClick={() => download(phase.result)}>
            Download drill log (JSON)
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={start}>
            Start another drill
          </button>
        </div>
      )}
    </section>
  );
}
