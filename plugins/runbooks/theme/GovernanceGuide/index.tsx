import TableWrap from '../../client/TableWrap';
import Prose from '../../client/Prose';
import React from 'react';
import Heading from '@theme/Heading';
import view from '@generated/ax-runbooks/default/governance.json';

/** The community governance guide, generated from the typed policy. */
export default function GovernanceGuide(): React.ReactElement {
  return (
    <>
      <Heading as="h2" id="contribution-tiers">
        Contribution tiers
      </Heading>
      <TableWrap label="Contribution tiers, what each may do, and the review SLA of its submissions">
        <table>
          <caption>Contribution tiers, what each may do, and the review SLA of its submissions</caption>
          <thead>
            <tr>
              <th scope="col">Tier</th>
              <th scope="col">How to reach it</th>
              <th scope="col">May</th>
              <th scope="col">First review within</th>
            </tr>
          </thead>
          <tbody>
            {view.tiers.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                <td>
                  <Prose text={t.requirement} />
                </td>
                <td>
                  <ul className="ax-compact-list">
                    {t.may.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </td>
                <td>{t.sla}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <Heading as="h2" id="review-slas">
        Review SLAs for reports
      </Heading>
      <TableWrap label="Review SLAs for reports against listings, by severity">
        <table>
          <caption>Review SLAs for reports against listings, by severity</caption>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">First response within</th>
              <th scope="col">Decision within</th>
            </tr>
          </thead>
          <tbody>
            {view.reportSlas.map((s) => (
              <tr key={s.label}>
                <th scope="row">{s.label}</th>
                <td>{s.firstResponse}</td>
                <td>{s.decision}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <Heading as="h2" id="escalation-path">
        Escalation path
      </Heading>
      <ol>
        {view.escalation.map((e) => (
          <li key={e.step}>
            <strong>{e.step}</strong>
            {e.team ? ` (${e.team.name}, ${e.team.channel})` : ''}: {e.when}
          </li>
        ))}
      </ol>
      <Heading as="h2" id="reputation-signals">
        Reputation signals
      </Heading>
      <ul>
        {view.reputation.map((r) => (
          <li key={r.signal}>
            {r.signal}: {r.points} points
          </li>
        ))}
      </ul>
      <Heading as="h2" id="enforcement-levers">
        Enforcement levers
      </Heading>
      <TableWrap label="Enforcement levers, mildest first">
        <table>
          <caption>Enforcement levers, mildest first</caption>
          <thead>
            <tr>
              <th scope="col">Lever</th>
              <th scope="col">When</th>
              <th scope="col">Decided by</th>
            </tr>
          </thead>
          <tbody>
            {view.enforcement.map((e) => (
              <tr key={e.lever}>
                <th scope="row">{e.lever}</th>
                <td>{e.when}</td>
                <td>{e.decidedBy.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <Heading as="h2" id="moderation-cadence">
        Moderation cadence
      </Heading>
      <TableWrap label="Recurring moderation work and its owners">
        <table>
          <caption>Recurring moderation work and its owners</caption>
          <thead>
            <tr>
              <th scope="col">Activity</th>
              <th scope="col">When</th>
              <th scope="col">Owner</th>
              <th scope="col">Channel</th>
            </tr>
          </thead>
          <tbody>
            {view.cadence.map((c) => (
              <tr key={c.activity}>
                <th scope="row">{c.activity}</th>
                <td>{c.every}</td>
                <td>{c.owner.name}</td>
                <td>
                  <code>{c.owner.channel}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
