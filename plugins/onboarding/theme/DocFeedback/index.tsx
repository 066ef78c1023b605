import React, {useId, useRef, useState} from 'react';
import {useLocation} from '@docusaurus/router';
import type {DocFeedbackProps} from '@theme/DocFeedback';
import {useHydrated} from '@site/src/components/useHydrated';
import {useRecordEvent} from '@site/src/components/useEventQueue';
import {feedbackReasonList, feedbackReasons, maxCommentLength} from '@site/src/telemetry/events';
import type {RecordOutcome} from '@site/src/telemetry/event-queue';

type Phase = {name: 'asking'} | {name: 'explaining'} | {name: 'done'; rating: 'up' | 'down'; outcome: RecordOutcome};

function thanks(outcome: RecordOutcome): string {
  return outcome === 'sent'
    ? 'Thank you: your feedback was sent.'
    : 'Thank you: your feedback is kept in this browser only. This site is not set up to send it anywhere.';
}

/**
 * "Was this helpful?" with Yes and No. Yes records at once; No asks why (the survey's reasons
 * and an optional comment) before recording. Events go through the shared telemetry queue, the
 * same one lab progress uses. A live status region, present from the start, announces the result.
 */
export default function DocFeedback({page, question = 'Was this helpful?'}: DocFeedbackProps): React.ReactElement {
  const location = useLocation();
  const record = useRecordEvent();
  const ids = useId();
  const [phase, setPhase] = useState<Phase>({name: 'asking'});
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [comment, setComment] = useState('');
  const firstReason = useRef<HTMLInputElement>(null);
  // True once React owns the widget: before that the buttons cannot record, and tests wait on it.
  const ready = useHydrated();
  const target = page ?? location.pathname;
  const pressed = phase.name === 'explaining' ? 'down' : phase.name === 'done' ? phase.rating : undefined;

  const send = (rating: 'up' | 'down') => {
    const outcome = record({event: 'feedback', page: target, rating, ...(rating === 'down' ? {reasons: feedbackReasonList(picked, comment)} : {})});
    setPhase({name: 'done', rating, outcome});
  };
  const toggleReason = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };

  return (
    <section className="ax-feedback" aria-label="Page feedback" data-testid="doc-feedback" data-ready={ready || undefined}>
      {/* Inert until hydrated: a click before then would record nothing (issue 19, item 3). Inert,
          not disabled: enabling a fieldset's buttons cost a throttled phone about 15 ms in the
          commit after hydration, on every doc page (issue 13); clearing `inert` almost nothing. */}
      <fieldset className="ax-feedback__rating" disabled={phase.name === 'done'} inert={!ready}>
        <legend>{question}</legend>
        <button type="button" className="button button--secondary button--sm" aria-pressed={pressed === 'up'} onClick={() => send('up')}>
          Yes
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          aria-pressed={pressed === 'down'}
          aria-expanded={phase.name === 'explaining'}
          aria-controls={`${ids}-why`}
          onClick={() => {
            setPhase({name: 'explaining'});
            // Move to the survey the button revealed, so keyboard and screen-reader users land in it.
            requestAnimationFrame(() => firstReason.current?.focus());
          }}>
          No
        </button>
      </fieldset>
      <form
        id={`${ids}-why`}
        hidden={phase.name !== 'explaining'}
        className="ax-feedback__why"
        onSubmit={(e) => {
          e.preventDefault();
          send('down');
        }}>
        <fieldset>
          <legend>What was wrong? Pick any that apply.</legend>
          {feedbackReasons.map((reason, i) => (
            <div key={reason.id}>
              <input
                type="checkbox"
                id={`${ids}-${reason.id}`}
                ref={i === 0 ? firstReason : undefined}
                checked={picked.has(reason.id)}
                onChange={(e) => toggleReason(reason.id, e.target.checked)}
              />{' '}
              <label htmlFor={`${ids}-${reason.id}`}>{reason.label}</label>
            </div>
          ))}
        </fieldset>
        <label htmlFor={`${ids}-comment`}>Comment (optional)</label>
        <p id={`${ids}-warning`} className="ax-feedback__warning">
          Do not include personal information: no names, email addresses, tokens or customer data.
        </p>
        <textarea
          id={`${ids}-comment`}
          aria-describedby={`${ids}-warning`}
          maxLength={maxCommentLength}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        <button type="submit" className="button button--primary button--sm">
          Send feedback
        </button>
      </form>
      <p role="status" className="ax-feedback__status">
        {phase.name === 'done' ? thanks(phase.outcome) : ''}
      </p>
    </section>
  );
}
