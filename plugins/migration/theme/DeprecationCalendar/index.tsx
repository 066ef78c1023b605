import React, {useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import calendar from '@generated/ax-migration/default/calendar.json';
import {countdown, daysUntil, formatDate} from '../../client/format';

/** Every API removal, soonest first, with a countdown from today. */
export default function DeprecationCalendar(): React.ReactElement {
  // The countdown is computed in the browser, so a page built weeks ago still counts from today.
  const [today, setToday] = useState<Date | undefined>(undefined);
  useEffect(() => setToday(new Date()), []);
  const {removals} = calendar;
  return (
    <div className="ax-table-wrap" tabIndex={0} role="region" aria-label="Deprecation calendar, scrolls sideways">
      <table className="ax-calendar">
        <caption>API removals, soonest first</caption>
        <thead>
          <tr>
            <th scope="col">Removal date</th>
            <th scope="col">Countdown</th>
            <th scope="col">API</th>
            <th scope="col">Deprecated</th>
            <th scope="col">Removed in</th>
            <th scope="col">Migrate to</th>
          </tr>
        </thead>
        <tbody>
          {removals.map((r) => {
            const days = today ? daysUntil(r.removalDate!, today) : undefined;
            return (
              <tr key={r.id} data-api={r.id} className={days !== undefined && days < 0 ? 'ax-calendar__past' : undefined}>
                <td>
                  <time dateTime={r.removalDate}>{formatDate(r.removalDate!)}</time>
                </td>
                <td className="ax-calendar__countdown">{days === undefined ? formatDate(r.removalDate!) : `Removed ${countdown(days)}`}</td>
                <th scope="row">
                  <Link to={r.referenceHref}>
                    <code>{r.id}</code>
                  </Link>
                </th>
                <td>
                  Runtime {r.deprecated}, <time dateTime={r.deprecationDate}>{formatDate(r.deprecationDate!)}</time>
                </td>
                <td>Runtime {r.removed}</td>
                <td>
                  {r.replacement ? <code>{r.replacement}</code> : null}
                  {r.migrationHref ? (
                    <>
                      <br />
                      <Link to={r.migrationHref} aria-label={`Migration step for ${r.id}`}>
                        Migration step
                      </Link>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
