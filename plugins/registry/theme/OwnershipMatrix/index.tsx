import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import ownership from '@generated/ax-registry/default/ownership.json';

/** Component ownership matrix, rendered from the typed registry's view model (plugins/registry). */
export default function OwnershipMatrix(): React.ReactElement {
  return (
    <>
      <div className="ax-table-wrap">
        <table>
          <caption>Who owns each ax component</caption>
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Owner</th>
              <th scope="col">Support tier</th>
              <th scope="col">Chat</th>
              <th scope="col">On-call rotation</th>
            </tr>
          </thead>
          <tbody>
            {ownership.rows.map((c) => {
              const {team} = c;
              return (
                <tr key={c.id}>
                  <th scope="row">
                    {c.name}
                    <br />
                    <small>{c.summary}</small>
                  </th>
                  <td>
                    <Link to={`#team-${team.id}`}>{team.name}</Link>
                  </td>
                  <td>Tier {c.tier}</td>
                  <td>
                    <code>{team.channel}</code>
                  </td>
                  <td>
                    <code>{team.onCall}</code>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Heading as="h2" id="teams">
        Teams
      </Heading>
      {ownership.teams.map((t) => (
        <section key={t.id} aria-labelledby={`team-${t.id}`}>
          <Heading as="h3" id={`team-${t.id}`}>
            {t.name}
          </Heading>
          <p>{t.mission}</p>
          <ul>
            <li>
              Team id: <code>{t.id}</code>
            </li>
            <li>
              Chat: <code>{t.channel}</code>
            </li>
            <li>
              On-call rotation: <code>{t.onCall}</code>
            </li>
            <li>
              Escalation: {t.escalation.role}, <a href={`mailto:${t.escalation.contact}`}>{t.escalation.contact}</a>, after{' '}
              {t.escalation.afterMinutes} minutes without acknowledgement
            </li>
          </ul>
        </section>
      ))}
    </>
  );
}
