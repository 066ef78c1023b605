import TableWrap from '../../client/TableWrap';
import React from 'react';
import Heading from '@theme/Heading';
import view from '@generated/ax-runbooks/default/severity-and-roles.json';

const {severities, roles, commsTiming} = view;

/** The severity table, generated from the single severity definition. */
export function SeverityTable(): React.ReactElement {
  return (
    <TableWrap label="Incident severity levels">
      <table>
        <caption>Incident severity levels</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Definition and examples</th>
            <th scope="col">Acknowledge within</th>
            <th scope="col">Incident commander</th>
            <th scope="col">Status page</th>
            <th scope="col">Pages after hours</th>
            <th scope="col">Review within</th>
          </tr>
        </thead>
        <tbody>
          {severities.map((s) => (
            <tr key={s.id} id={s.id.toLowerCase()}>
              <th scope="row">
                {s.id} {s.name}
              </th>
              <td>
                {s.definition}
                <ul className="ax-compact-list">
                  {s.examples.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              </td>
              <td>{s.ackMinutes} minutes</td>
              <td>{s.needsCommander ? 'Required' : 'Optional'}</td>
              <td>{s.publicStatusPage ? 'Yes' : 'No'}</td>
              <td>{s.pagesAfterHours ? 'Yes' : 'No, business hours'}</td>
              <td>{s.reviewWithinDays ? `${s.reviewWithinDays} days` : 'No review'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The incident roles, generated from the single roles definition. */
export function IncidentRoles(): React.ReactElement {
  return (
    <>
      {roles.map((r) => (
        <section key={r.id} aria-labelledby={`role-${r.id}`}>
          <Heading as="h3" id={`role-${r.id}`}>
            {r.name}
          </Heading>
          <p>
            Staffed at {r.staffedAt.join(', ')}. Filled by: {r.filledBy}.
          </p>
          <ul>
            {r.duties.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** When each message of an incident is due, from the comms templates. */
export function CommsTiming(): React.ReactElement {
  return (
    <TableWrap label="Incident communications timing">
      <table>
        <caption>Incident communications timing</caption>
        <thead>
          <tr>
            <th scope="col">Message</th>
            <th scope="col">Due</th>
            <th scope="col">Audience</th>
          </tr>
        </thead>
        <tbody>
          {commsTiming.map((t) => (
            <tr key={t.stage}>
              <th scope="row">{t.name}</th>
              <td>{t.due}</td>
              <td>{t.audience.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
