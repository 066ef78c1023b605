import React, {useId, useState} from 'react';
import {levelLabels, type Lab, type LabStep} from '@site/src/labs/types';
import {useLabProgress} from '@site/src/components/useLabProgress';
import styles from '../labs.module.css';

/** A message with its `code` spans set as code. */
function Message({text}: {text: string}): React.ReactElement {
  return <>{text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}</>;
}

type Status = {kind: 'idle'} | {kind: 'checking'} | {kind: 'failed'; messages: string[]} | {kind: 'passed'; note?: string};

/**
 * One step's checkpoint: a quiz, a command check or a receipt check, labelled with its level.
 * Inputs are uncontrolled, so whatever the learner picked or typed before the page hydrated is
 * still there; the Check button waits for hydration and reads the form when pressed. The
 * checker (with the CLI spec) is loaded on the first check, keeping it out of the page's chunk.
 */
export default function LabCheckpoint({lab, step, index}: {lab: Lab; step: LabStep; index: number}): React.ReactElement {
  const {progress, hydrated, pass} = useLabProgress();
  const [status, setStatus] = useState<Status>({kind: 'idle'});
  const id = useId();
  const c = step.checkpoint;
  const level = levelLabels[c.level];
  const passed = progress.labs[lab.id]?.checkpoints[step.id];
  const inputName = `${lab.id}-${step.id}`;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setStatus({kind: 'checking'});
    const {checkQuiz, checkCommand, checkReceipt} = await import('@site/src/labs/check-answer');
    const stepIds = lab.steps.map((s) => s.id);
    const outcome =
      c.level === 'quiz'
        ? checkQuiz(c, form.get('answer') === null ? -1 : Number(form.get('answer')))
        : c.level === 'command'
          ? checkCommand(c, String(form.get('answer') ?? ''))
          : checkReceipt(c, String(form.get('answer') ?? ''), (stepId) => {
              const s = lab.steps.find((x) => x.id === stepId);
              return s && {title: s.title, facts: progress.labs[lab.id]?.checkpoints[stepId]?.facts};
            });
    if (!outcome.ok) return setStatus({kind: 'failed', messages: outcome.messages});
    pass(lab.id, stepIds, step.id, outcome.facts);
    setStatus({kind: 'passed', note: c.level === 'quiz' ? c.choices[Number(form.get('answer'))]?.explanation : undefined});
  }

  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    const area = e.currentTarget.form?.elements.namedItem('answer');
    if (file && area instanceof HTMLTextAreaElement) area.value = await file.text();
  }

  return (
    <form className={styles.checkpoint} onSubmit={onSubmit} aria-labelledby={`${id}-legend`} data-checkpoint={step.id} data-level={c.level}>
      <fieldset className="ax-fieldset">
        <legend id={`${id}-legend`}>
          Checkpoint {index + 1} · {level.name}
        </legend>
        <p>
          <em>
            <Message text={`This ${level.proves}.`} />
          </em>
        </p>
        {c.level === 'quiz' ? (
          <fieldset className="ax-fieldset">
            <legend>{c.question}</legend>
            <ul className="ax-tick-list">
              {c.choices.map((choice, i) => (
                <li key={i}>
                  <label>
                    <input type="radio" name="answer" value={i} /> {choice.text}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : c.level === 'command' ? (
          <>
            <p>{c.prompt}</p>
            <label htmlFor={`${id}-answer`}>The command you ran</label>
            <input id={`${id}-answer`} type="text" name="answer" autoComplete="off" spellCheck={false} placeholder="ax …" />
          </>
        ) : (
          <>
            <p>
              {c.prompt} Run <code>{c.command}</code> and paste what it prints.
            </p>
            <label htmlFor={`${id}-answer`}>
              Output of <code>{c.command}</code>
            </label>
            <textarea id={`${id}-answer`} name="answer" spellCheck={false} />
            <label>
              Or choose the JSON file: <input type="file" accept=".json,application/json" name={`${inputName}-file`} onChange={onFile} />
            </label>
          </>
        )}
        <div className={styles.actions}>
          <button type="submit" className="button button--primary button--sm" disabled={!hydrated || status.kind === 'checking'}>
            Check
          </button>
        </div>
        <div role="status" aria-live="polite">
          {status.kind === 'failed' ? (
            <div className={styles.failed}>
              <p>Not yet:</p>
              <ul>
                {status.messages.map((m) => (
                  <li key={m}>
                    <Message text={m} />
                  </li>
                ))}
              </ul>
            </div>
          ) : status.kind === 'passed' || passed ? (
            <p className={styles.passed}>
              Passed{passed ? ` on ${passed.passedAt.slice(0, 10)}` : ''}.{status.kind === 'passed' && status.note ? ` ${status.note}` : ''}
            </p>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
