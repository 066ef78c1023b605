import React from 'react';
import Link from '@docusaurus/Link';
import view from '@generated/ax-onboarding/default/office-hours.json';

/** The office-hours schedule, from the typed list in src/content-model/registry/office-hours.ts. */
export default function OfficeHours(): React.ReactElement {
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption>Office hours, by session</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">When</th>
              <th scope="col">Time zone</th>
              <th scope="col">Host</th>
              <th scope="col">Channel</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.id} id={`office-hours-${row.id}`}>
                <th scope="row">
                  {row.title}
                  <br />
                  <small>{row.topics}</small>
                </th>
                <td>
                  {row.rhythm}, {row.time}
                  <br />
                  <small>from {row.firstDate}</small>
                </td>
                <td>{row.timeZone}</td>
                <td>{row.hostTeam.name}</td>
                <td>
                  <code>{row.channel}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={view.icsHref} download="ax-office-hours.ics">
          Subscribe to the office hours (iCalendar feed)
        </a>{' '}
        to get every session in your calendar, in your own time zone. Host teams and their channels are in the{' '}
        <Link to={view.ownershipHref}>ownership matrix</Link>.
      </p>
    </>
  );
}
