import React, {useId, useState} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {ErrorsGlobalData} from '@site/plugins/errors';
import {normaliseErrorId} from '@site/src/error-catalog/id';
import {routes} from '@site/src/routes/table';
import {useHydrated} from './useHydrated';

/**
 * The "I have an error ID" box on the home page. As soon as what is typed names an error, that
 * error page's chunks start loading, so "Open error page" renders it without waiting for the
 * network (issue 19: the box → error page under 200 ms on the reference phone).
 */
export default function ErrorIdJump(): React.ReactElement {
  const [problem, setProblem] = useState<string>();
  const history = useHistory();
  const errorsBase = useBaseUrl(routes.error());
  const {aliases} = usePluginData('ax-errors') as ErrorsGlobalData;
  // Older symbolic codes such as E_SESSION_EXPIRED still reach their error.
  const errorPath = (value: string): string | undefined => {
    const id = normaliseErrorId(value) ?? aliases[value.trim().toUpperCase()];
    return id ? `${errorsBase}/${id}` : undefined;
  };
  // Loads the page's component and data once per path; a failed chunk is retried by the navigation itself.
  const preloadErrorPage = (value: string) => {
    const path = errorPath(value);
    if (path) void (window.docusaurus.preload(path) || Promise.resolve()).catch(() => undefined);
  };
  const inputId = useId();
  // Before hydration a submit would reload the page with ?error-id=…, losing the jump.
  const hydrated = useHydrated();
  const hintId = useId();
  return (
    <form
      role="search"
      aria-label="Jump to an error"
      onSubmit={(e) => {
        e.preventDefault();
        const value = String(new FormData(e.currentTarget).get('error-id') ?? '');
        const path = errorPath(value);
        if (!path) {
          setProblem(`"${value}" is not an error ID. Error IDs look like AX1042.`);
          return;
        }
        setProblem(undefined);
        history.push(path);
      }}>
      <label htmlFor={inputId}>
        <strong>Got an error ID?</strong>
      </label>
      <div style={{display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginTop: '0.25rem'}}>
        <input
          id={inputId}
          name="error-id"
          className="ax-error-input"
          // Uncontrolled: what a reader typed before hydration stays, where a controlled value would reset it.
          defaultValue=""
          placeholder="AX1042"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          aria-invalid={problem ? true : undefined}
          onInput={(e) => preloadErrorPage(e.currentTarget.value)}
        />
        <button
          type="submit"
          className="button button--primary"
          // Inert, not disabled, until hydration: enabling a form control costs far more than clearing inert (issue 13).
          inert={!hydrated}
          // An ID typed before hydration, or filled in without an input event, starts loading on the press, not the click after it.
          onPointerDown={(e) => preloadErrorPage(String(new FormData(e.currentTarget.form ?? undefined).get('error-id') ?? ''))}>
          Open error page
        </button>
      </div>
      <p id={hintId} role={problem ? 'alert' : undefined} style={{marginTop: '0.25rem'}}>
        {problem ?? 'Paste the ID from the end of an ax error message, in any case.'}
      </p>
    </form>
  );
}
