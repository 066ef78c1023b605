import React, {useState} from 'react';
import Link from '@docusaurus/Link';
import breakage from '@generated/ax-migration/default/breakage.json';
import {findBreakingChanges, readApiNames, type BreakageReport} from '@site/src/migration-model/breaking-changes';
import {formatDate} from '../../client/format';
import {useHydrated} from '@site/src/components/useHydrated';

/** "What breaks for my plugin?": pasted API calls or a manifest in, breaking changes with their steps out. */
export default function BreakageFinder(): React.ReactElement {
  const {rows} = breakage;
  const [input, setInput] = useState('');
  const hydrated = useHydrated();
  const [report, setReport] = useState<BreakageReport | undefined>(undefined);
  return (
    <div className="ax-breakage">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setReport(findBreakingChanges(readApiNames(input), rows));
        }}>
        <label htmlFor="ax-breakage-input">API calls, one a line, or your plugin manifest (ax-plugin.json)</label>
        <textarea id="ax-breakage-input" rows={6} disabled={!hydrated} value={input} onChange={(e) => setInput(e.target.value)} placeholder={'ctx.on\nctx.storage\nv1.register'} />
        <button type="submit" className="button button--primary" disabled={!hydrated}>
          Find breaking changes
        </button>
      </form>
      <div role="status" aria-live="polite">
        {report ? <Report report={report} /> : null}
      </div>
    </div>
  );
}

function Report({report}: {report: BreakageReport}): React.ReactElement {
  return (
    <>
      <p>
        {report.breaking.length === 0 ? 'No breaking changes found for these APIs.' : `${report.breaking.length} breaking change(s), soonest removal first:`}
      </p>
      {report.breaking.length ? (
        <ul className="ax-breakage__list">
          {report.breaking.map((r) => (
            <li key={r.id} data-api={r.id}>
              <code>{r.id}</code>: deprecated in runtime {r.deprecated}
              {r.removed ? `, removed in runtime ${r.removed} (${formatDate(r.removalDate!)})` : ''}.
              {r.replacement ? (
                <>
                  {' '}
                  Use <code>{r.replacement}</code>.
                </>
              ) : null}{' '}
              {r.migrationHref ? <Link to={r.migrationHref}>Migration step for {r.id}</Link> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {report.fine.length ? <p>Not affected: {report.fine.join(', ')}.</p> : null}
      {report.unknown.length ? <p>Not recognised as runtime APIs: {report.unknown.join(', ')}.</p> : null}
    </>
  );
}
