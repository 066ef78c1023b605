import TableWrap from '../../client/TableWrap';
import Prose from '../../client/Prose';
import React from 'react';
import Link from '@docusaurus/Link';
import type {RunbookPageView} from '@site/src/content-model/ops/views/runbook-page';
import {formatDuration} from '@site/src/content-model/ops/widget-helpers';

/** The facts at the top of a runbook: severity, owner, escalation, services, triggers and drill standing. */
export default function RunbookMeta({view}: {view: RunbookPageView}): React.ReactElement {
  const {severity, owner, escalation, services, triggers, review} = view.meta;
  const drill = view.drill;
  const latest = drill.history[0];
  return (
    <TableWrap label="Runbook facts">
      <table className="ax-runbook-meta">
        <caption>Runbook facts</caption>
        <tbody>
          <tr>
            <th scope="row">Severity</th>
            <td>
              <Link to={severity.href}>{severity.id}</Link> {severity.name}: acknowledge within {severity.ackMinutes} minutes
            </td>
          </tr>
          <tr>
            <th scope="row">Owner</th>
            <td>
              {owner.name}, <code>{owner.channel}</code>, rotation <code>{owner.onCall}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">Escalation</th>
            <td>
              {escalation.role}, <a href={`mailto:${escalation.contact}`}>{escalation.contact}</a>, after {escalation.afterMinutes} minutes without acknowledgement from <code>{escalation.onCall}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">Services</th>
            <td>{services.join(', ')}</td>
          </tr>
          <tr>
            <th scope="row">Triggers</th>
            <td>
              <ul className="ax-compact-list">
                {triggers.map((t) => (
                  <li key={t.name}>
                    {t.kind === 'alert' ? (
                      <>
                        <code>{t.name}</code>: alert, <Prose text={t.condition} />
                      </>
                    ) : (
                      <>
                        <Link to={t.href}>{t.name}</Link>
                        {`: error, ${t.title}`}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
          <tr>
            <th scope="row">Last drilled</th>
            <td>
              {latest && drill.lastDrilled
                ? `${drill.lastDrilled}: resolved in ${formatDuration(latest.elapsedSeconds)} against a ${formatDuration(latest.targetSeconds)} target, ${latest.metTarget ? 'target met' : 'target missed'}${latest.skipped ? `, ${latest.skipped} step(s) skipped` : ''}. `
                : 'Never drilled. '}
              {drill.overdue ? <strong>Drill overdue{drill.dueBy ? ` since ${drill.dueBy}` : ''}.</strong> : drill.dueBy ? `Next drill due by ${drill.dueBy}.` : null}
            </td>
          </tr>
          <tr>
            <th scope="row">Last reviewed</th>
            <td>
              {review.lastReviewed}
              {review.stale ? <strong> Review overdue since {review.reviewDueBy}.</strong> : ` (next review by ${review.reviewDueBy})`}
            </td>
          </tr>
        </tbody>
      </table>
    </TableWrap>
  );
}
