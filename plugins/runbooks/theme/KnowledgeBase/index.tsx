import TableWrap from '../../client/TableWrap';
import React, {useEffect, useId, useState} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import knowledgeBase from '@generated/ax-runbooks/default/knowledge-base.json';
import type {KnowledgeBaseEntry} from '@site/src/content-model/ops/views/knowledge-base';
import {useHydrated} from '@site/src/components/useHydrated';

interface Filters {
  component: string;
  team: string;
  trigger: string;
}

/** Whether an entry passes the filters; the trigger box also matches titles, so a half-remembered name works. */
export function matchesFilters(e: KnowledgeBaseEntry, f: Filters): boolean {
  if (f.component && !e.services.includes(f.component)) return false;
  if (f.team && e.owner !== f.team) return false;
  const q = f.trigger.trim().toLowerCase();
  if (!q) return true;
  return e.triggers.some((t) => t.toLowerCase().includes(q)) || e.title.toLowerCase().includes(q);
}

function lastDrillText(e: KnowledgeBaseEntry): string {
  if (!e.drill) return 'Not drilled (guide)';
  const latest = e.drill.history[0];
  if (!latest || !e.drill.lastDrilled) return 'Never drilled: overdue';
  const verdict = latest.metTarget ? 'target met' : 'target missed';
  return `${e.drill.lastDrilled}, ${verdict}${e.drill.overdue ? ': overdue' : ''}`;
}

/** Every runbook and guide with owner, kind, freshness and last drill, filterable by component, team and trigger. */
export default function KnowledgeBase(): React.ReactElement {
  const {entries, components, teams} = knowledgeBase;
  // Inert until hydrated: a change before then would not reach React (issue 19, item 3).
  const hydrated = useHydrated();
  const location = useLocation();
  const id = useId();
  const [filters, setFilters] = useState<Filters>({component: '', team: '', trigger: ''});
  useEffect(() => {
    const q = new URLSearchParams(location.search).get('trigger');
    if (q) setFilters((f) => ({...f, trigger: q}));
  }, [location.search]);
  const shown = entries.filter((e) => matchesFilters(e, filters));
  return (
    <>
      <div role="search" aria-label="Filter the knowledge base" className="ax-kb-filters">
        <div className="ax-field">
          <label htmlFor={`${id}-trigger`}>Error ID, alert or title</label>
          <input disabled={!hydrated} id={`${id}-trigger`} value={filters.trigger} placeholder="AX1042 or RuntimeQueueSaturated" autoComplete="off" spellCheck={false} onChange={(e) => setFilters({...filters, trigger: e.target.value})} />
        </div>
        <div className="ax-field">
          <label htmlFor={`${id}-component`}>Component</label>
          <select disabled={!hydrated} id={`${id}-component`} value={filters.component} onChange={(e) => setFilters({...filters, component: e.target.value})}>
            <option value="">All components</option>
            {components.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="ax-field">
          <label htmlFor={`${id}-team`}>Owning team</label>
          <select disabled={!hydrated} id={`${id}-team`} value={filters.team} onChange={(e) => setFilters({...filters, team: e.target.value})}>
            <option value="">All teams</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status">
        {shown.length} of {entries.length} pages shown.
      </p>
      <TableWrap label="Runbooks and guides">
        <table className="ax-kb-table">
          <caption>Runbooks and guides</caption>
          <thead>
            <tr>
              <th scope="col">Page</th>
              <th scope="col">Kind</th>
              <th scope="col">Owner</th>
              <th scope="col">Triggers</th>
              <th scope="col">Freshness</th>
              <th scope="col">Last drill</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.id} data-kb-entry={e.id}>
                <th scope="row">
                  <Link to={e.permalink}>{e.title}</Link>
                  {e.services.length > 0 && (
                    <>
                      <br />
                      <small>{e.serviceNames.join(', ')}</small>
                    </>
                  )}
                </th>
                <td>{e.kind}</td>
                <td>{e.ownerName}</td>
                <td>
                  {e.triggers.map((t) => (
                    <code key={t} className="ax-trigger">
                      {t}
                    </code>
                  ))}
                </td>
                <td>{e.stale ? <strong>Review overdue since {e.reviewDueBy}</strong> : `Reviewed ${e.lastReviewed}`}</td>
                <td>{lastDrillText(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
