import React from 'react';
import Heading from '@theme/Heading';
import {findTeam} from '@site/src/content-model/registry';
import {getSeverity, governancePolicy as policy} from '@site/src/content-model/ops';

const teamName = (id: string) => findTeam(id)?.name ?? id;

/** The community governance guide, generated from the typed policy. */
export default function GovernanceGuide(): React.ReactElement {
  return (
    <>
      <Heading as="h2" id="contribution-tiers">
        Contribution tiers
      </Heading>
      <div className="ax-table-wrap">
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
            {policy.tiers.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                <td>{t.requirement}</td>
                <td>
                  <ul className="ax-compact-list">
                    {t.may.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </td>
                <td>{t.reviewSlaHours} hours</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Heading as="h2" id="review-slas">
        Review SLAs for reports
      </Heading>
      <div className="ax-table-wrap">
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
            {policy.reportSlas.map((s) => (
              <tr key={s.severity}>
                <th scope="row">
                  {s.severity} {getSeverity(s.severity).name}
                </th>
                <td>{s.firstResponseHours} hours</td>
                <td>{s.decisionHours} hours</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Heading as="h2" id="escalation-path">
        Escalation path
      </Heading>
      <ol>
        {policy.escalation.map((e) => {
          const team = e.team ? findTeam(e.team) : undefined;
          return (
            <li key={e.step}>
              <strong>{e.step}</strong>
              {team ? ` (${team.name}, ${team.channel})` : ''}: {e.when}
            </li>
          );
        })}
      </ol>
      <Heading as="h2" id="reputation-signals">
        Reputation signals
      </Heading>
      <ul>
        {policy.reputationSignals.map((r) => (
          <li key={r.signal}>
            {r.signal}: {r.points > 0 ? `+${r.points}` : `−${Math.abs(r.points)}`} points
          </li>
        ))}
      </ul>
      <Heading as="h2" id="enforcement-levers">
        Enforcement levers
      </Heading>
      <div className="ax-table-wrap">
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
            {policy.enforcement.map((e) => (
              <tr key={e.lever}>
                <th scope="row">{e.lever}</th>
                <td>{e.when}</td>
                <td>{teamName(e.decidedBy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Heading as="h2" id="moderation-cadence">
        Moderation cadence
      </Heading>
      <div className="ax-table-wrap">
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
            {policy.cadence.map((c) => (
              <tr key={c.activity}>
                <th scope="row">{c.activity}</th>
                <td>{c.every}</td>
                <td>{teamName(c.owner)}</td>
                <td>
                  <code>{findTeam(c.owner)?.channel}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
