import React, {useEffect, useId, useState} from 'react';
import CodeBlock from '@theme/CodeBlock';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {findComponent, findTeam} from '@site/src/content-model/registry';
import {clockAfter, commsTemplates, fillTemplate, getSeverity, type IncidentFields} from '@site/src/content-model/ops';
import type {RunbookFrontmatter} from '@site/src/content-model/schemas/runbook';

const editable = [
  {key: 'incident_id', label: 'Incident ID'},
  {key: 'title', label: 'Title, in customer terms'},
  {key: 'impact', label: 'Impact'},
  {key: 'status', label: 'Current status'},
  {key: 'commander', label: 'Incident commander'},
] as const;

/** The initial, update and resolution messages, filled in with this runbook's and this incident's fields. */
export default function CommsTemplates(): React.ReactElement {
  const {frontMatter} = useDoc();
  const fm = frontMatter as unknown as RunbookFrontmatter;
  const severity = getSeverity(fm.severity);
  const baseId = useId();
  // Set after mount so the server-rendered HTML and the first client render agree.
  const [declaredAt, setDeclaredAt] = useState<Date>();
  useEffect(() => setDeclaredAt(new Date()), []);
  const [values, setValues] = useState<Record<string, string>>({title: fm.title});
  const fields: Partial<IncidentFields> = {
    ...values,
    severity: `${severity.id} ${severity.name}`,
    services: fm.services.map((s) => findComponent(s)?.name ?? s).join(', '),
    channel: findTeam(fm.owner)?.channel ?? '',
    next_update: values.next_update,
  };
  return (
    <div className="ax-comms">
      <fieldset className="ax-fieldset">
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
      {commsTemplates.map((t) => {
        const when = t.stage === 'update' ? `every ${t.everyMinutes} minutes until resolved` : t.stage === 'initial' ? `within ${t.dueWithinMinutes} minutes of declaring` : `within ${t.dueWithinMinutes} minutes of resolving`;
        const nextUpdate = t.stage === 'resolution' || !declaredAt ? '' : clockAfter(declaredAt, t.stage === 'initial' ? commsTemplates.find((x) => x.stage === 'update')!.everyMinutes! + t.dueWithinMinutes! : t.everyMinutes!);
        return (
          <section key={t.stage} aria-label={t.name}>
            <p>
              <strong>{t.name}</strong>, due {when}. Audience: {t.audience.join(', ')}. Post to: {t.channels.join(', ')}.
            </p>
            <CodeBlock language="text" title={`${t.name}: ${when}`}>
              {fillTemplate(t.text, {...fields, next_update: fields.next_update || nextUpdate})}
            </CodeBlock>
          </section>
        );
      })}
    </div>
  );
}
