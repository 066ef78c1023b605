import TableWrap from './TableWrap';
import Prose from './Prose';
import React from 'react';
import Link from '@docusaurus/Link';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {findComponent, findTeam} from '@site/src/content-model/registry';
import {findAlert, getSeverity} from '@site/src/content-model/ops';
import {findError} from '@site/src/error-catalog';
import type {RunbookFrontmatter} from '@site/src/content-model/schemas/runbook';
import {formatDuration} from '@site/src/content-model/ops/drill';
import {useKnowledgeBaseEntry} from './useKnowledgeBase';

/** The facts at the top of a runbook: severity, owner, escalation, services, triggers and drill standing. */
export default function RunbookMeta(): React.ReactElement {
  const {frontMatter, metadata} = useDoc();
  const fm = frontMatter as unknown as RunbookFrontmatter;
  const entry = useKnowledgeBaseEntry(metadata.id);
  const severity = getSeverity(fm.severity);
  const owner = findTeam(fm.owner)!;
  const escalation = findTeam(fm.escalation)!;
  const drill = entry?.drill;
  const latest = drill?.history[0];
  return (
    <TableWrap label="Runbook facts">
      <table className="ax-runbook-meta">
        <caption>Runbook facts</caption>
        <tbody>
          <tr>
            <th scope="row">Severity</th>
            <td>
              <Link to="/runbooks/severity-and-roles#severity-levels">{severity.id}</Link> {severity.name}: acknowledge within {severity.ackMinutes} minutes
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
              {escalation.escalation.role}, <a href={`mailto:${escalation.escalation.contact}`}>{escalation.escalation.contact}</a>, after {escalation.escalation.afterMinutes} minutes without acknowledgement from <code>{escalation.onCall}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">Services</th>
            <td>{fm.services.map((s) => findComponent(s)?.name ?? s).join(', ')}</td>
          </tr>
          <tr>
            <th scope="row">Triggers</th>
            <td>
              <ul className="ax-compact-list">
                {fm.triggers.map((t) => {
                  const alert = findAlert(t);
                  const error = alert ? undefined : findError(t);
                  return (
                    <li key={t}>
                      {alert ? <code>{t}</code> : <Link to={`/errors/${t}`}>{t}</Link>}
                      {alert ? (
                        <>
                          : alert, <Prose text={alert.condition} />
                        </>
                      ) : (
                        `: error, ${error?.title ?? 'from the ax CLI or API'}`
                      )}
                    </li>
                  );
                })}
              </ul>
            </td>
          </tr>
          <tr>
            <th scope="row">Last drilled</th>
            <td>
              {latest && drill?.lastDrilled
                ? `${drill.lastDrilled}: resolved in ${formatDuration(latest.elapsedSeconds)} against a ${formatDuration(latest.targetSeconds)} target, ${latest.metTarget ? 'target met' : 'target missed'}${latest.skipped ? `, ${latest.skipped} step(s) skipped` : ''}. `
                : 'Never drilled. '}
              {drill?.overdue ? <strong>Drill overdue{drill.dueBy ? ` since ${drill.dueBy}` : ''}.</strong> : drill?.dueBy ? `Next drill due by ${drill.dueBy}.` : null}
            </td>
          </tr>
          <tr>
            <th scope="row">Last reviewed</th>
            <td>
              {entry?.lastReviewed}
              {entry?.stale ? <strong> Review overdue since {entry.reviewDueBy}.</strong> : ` (next review by ${entry?.reviewDueBy ?? 'its interval'})`}
            </td>
          </tr>
        </tbody>
      </table>
    </TableWrap>
  );
}
