import React, {memo, startTransition, useEffect, useId, useState} from 'react';
import CodeBlock from '@theme/CodeBlock';
import type {IncidentFields} from '@site/src/content-model/ops/comms';
import type {RunbookPageView} from '@site/src/content-model/ops/views/runbook-page';
import {clockAfter, fillTemplate} from '@site/src/content-model/ops/widget-helpers';
import {useHydrated} from '@site/src/components/useHydrated';
import {whenIdle} from '@site/src/components/whenIdle';

const editable = [
  {key: 'incident_id', label: 'Incident ID'},
  {key: 'title', label: 'Title, in customer terms'},
  {key: 'impact', label: 'Impact'},
  {key: 'status', label: 'Current status'},
  {key: 'commander', label: 'Incident commander'},
] as const;

/**
 * One message with its filled-in text. Memoised on its props, so enabling the fields on hydration
 * or typing in one field re-renders only the messages whose text changed, not every code block.
 */
const CommsMessage = memo(function CommsMessage({name, when, audience, channels, text}: {name: string; when: string; audience: readonly string[]; channels: readonly string[]; text: string}) {
  return (
    <section aria-label={name}>
      <p>
        <strong>{name}</strong>, due {when}. Audience: {audience.join(', ')}. Post to: {channels.join(', ')}.
      </p>
      <CodeBlock language="text" title={`${name}: ${when}`}>
        {text}
      </CodeBlock>
    </section>
  );
});

/** The initial, update and resolution messages, filled in with this runbook's and this incident's fields. */
export default function CommsTemplates({view}: {view: RunbookPageView}): React.ReactElement {
  const {fields: runbookFields, messages} = view.comms;
  // Inert until hydrated: a change before then would not reach React (issue 19, item 3). One
  // `inert` on the fieldset, not `disabled` on each field: enabling five fields one by one cost a
  // throttled phone about 50 ms in the commit after hydration (issue 13), one attribute almost nothing.
  const hydrated = useHydrated();
  const baseId = useId();
  // Set after mount so the server-rendered HTML and the first client render agree; once the
  // browser is idle and in a transition, so redrawing the messages with the clock times is a
  // commit of its own, not part of the one that follows hydration.
  const [declaredAt, setDeclaredAt] = useState<Date>();
  useEffect(() => whenIdle(() => startTransition(() => setDeclaredAt(new Date()))), []);
  const [values, setValues] = useState<Record<string, string>>({title: runbookFields.title});
  const fields: Partial<IncidentFields> = {
    ...values,
    severity: runbookFields.severity,
    services: runbookFields.services,
    channel: runbookFields.channel,
    next_update: values.next_update,
  };
  return (
    <div className="ax-comms">
      <fieldset className="ax-fieldset" inert={!hydrated}>
        <legend>Incident fields</legend>
        {editable.map((f) => (
          <div key={f.key} className="ax-field">
            <label htmlFor={`${baseId}-${f.key}`}>{f.label}</label>
            <input
              id={`${baseId}-${f.key}`}
              value={values[f.key] ?? ''}
              onChange={(e) => setValues({...values, [f.key]: e.target.value})}
              autoComplete="off"
            />
          </div>
        ))}
      </fieldset>
      {messages.map((t) => {
        const nextUpdate = t.nextUpdateAfterMinutes === undefined || !declaredAt ? '' : clockAfter(declaredAt, t.nextUpdateAfterMinutes);
        const text = fillTemplate(t.text, {...fields, next_update: fields.next_update || nextUpdate});
        return <CommsMessage key={t.stage} name={t.name} when={t.when} audience={t.audience} channels={t.channels} text={text} />;
      })}
    </div>
  );
}
