import React from 'react';
import Link from '@docusaurus/Link';
import labs from '@generated/ax-labs/default/labs-index.json';
import {audienceLabels, formatMinutes, levelLabels, totalMinutes} from '@site/src/labs/types';
import {labState} from '@site/src/labs/progress';
import {useLabProgress} from '@site/src/components/useLabProgress';
import {routes} from '@site/src/routes/table';
import {useLab} from '../useLab';
import styles from '../labs.module.css';

/** The top of a lab page: who it is for, how long it takes (the sum of its steps), what to do first, what you will be able to do, and where you stand. */
export default function LabOverview(): React.ReactElement {
  const lab = useLab();
  const {progress, hydrated, reset} = useLabProgress();
  const state = labState(progress, lab.id, lab.steps.map((s) => s.id));
  const prerequisites = lab.prerequisites.map((id) => labs.find((l) => l.id === id) ?? {id, title: id, url: routes.lab(id)});
  return (
    <div>
      <dl className={styles.facts} aria-label="Lab facts">
        <dt>Audience</dt>
        <dd>{audienceLabels[lab.audience]}</dd>
        <dt>Time</dt>
        <dd>
          About {formatMinutes(totalMinutes(lab.steps))}, in {lab.steps.length} steps
        </dd>
        <dt>Before you start</dt>
        <dd>
          {prerequisites.length ? (
            prerequisites.map((p, i) => (
              <React.Fragment key={p.id}>
                {i ? ', ' : ''}
                <Link to={p.url}>{p.title}</Link>
              </React.Fragment>
            ))
          ) : (
            'No other lab'
          )}
        </dd>
        <dt>Your progress</dt>
        <dd data-lab-state={hydrated ? state.state : 'loading'}>
          {!hydrated
            ? 'Kept in this browser'
            : state.state === 'completed'
              ? `Completed on ${state.completedAt.slice(0, 10)}`
              : state.state === 'in-progress'
                ? `${state.passed} of ${state.total} checkpoints passed`
                : 'Not started'}{' '}
          (<Link to={routes.labProgress()}>all labs</Link>)
        </dd>
      </dl>
      <h2 id="outcomes">What you will be able to do</h2>
      <ul>
        {lab.outcomes.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <h2 id="steps">Steps</h2>
      <ol>
        {lab.steps.map((s) => (
          <li key={s.id}>
            <a href={`#step-${s.id}`}>{s.title}</a> ({formatMinutes(s.minutes)}; {levelLabels[s.checkpoint.level].name.toLowerCase()})
          </li>
        ))}
      </ol>
      {hydrated && state.state !== 'not-started' ? (
        <button type="button" className="button button--secondary button--sm" onClick={() => reset(lab.id)}>
          Start this lab over
        </button>
      ) : null}
    </div>
  );
}
