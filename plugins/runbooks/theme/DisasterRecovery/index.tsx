import TableWrap from '../../client/TableWrap';
import Prose from '../../client/Prose';
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import view from '@generated/ax-runbooks/default/disaster-recovery.json';
import type {StoreView} from '@site/src/content-model/ops/views/guides';

const statusText: Record<StoreView['standing']['status'], string> = {
  met: 'Targets met',
  missed: 'Last drill missed its target',
  overdue: 'Drill overdue',
  'never-drilled': 'Never drilled',
};

/** The disaster recovery guide's per-store sections, generated from the typed store list. */
export default function DisasterRecovery(): React.ReactElement {
  const {today, targets, stores, restorationSteps} = view;
  return (
    <>
      <p>
        Platform targets (PRD item 6): RPO ≤ {targets.rpoMinutes} minutes, RTO ≤ {targets.rtoMinutes} minutes. Standing judged on {today}, the day this site was built.
      </p>
      <TableWrap label="Data stores and their recovery standing">
        <table>
          <caption>Data stores and their recovery standing</caption>
          <thead>
            <tr>
              <th scope="col">Store</th>
              <th scope="col">RPO target</th>
              <th scope="col">RTO target</th>
              <th scope="col">Last drill</th>
              <th scope="col">Standing</th>
            </tr>
          </thead>
          <tbody>
            {stores.map((s) => {
              const a = s.standing;
              return (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`#store-${s.id}`}>{s.name}</Link>
                  </th>
                  <td>{s.rpoTargetMinutes} min</td>
                  <td>{s.rtoTargetMinutes} min</td>
                  <td>{a.latest ? `${a.latest.date}: RPO ${a.latest.achievedRpoMinutes} min, RTO ${a.latest.achievedRtoMinutes} min` : 'None'}</td>
                  <td data-status={a.status}>
                    <strong>{statusText[a.status]}</strong>
                    {a.dueBy ? `; next drill by ${a.dueBy}` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <Heading as="h2" id="restoration-steps">
        Restoration steps
      </Heading>
      <ol>
        {restorationSteps.map((step) => (
          <li key={step}>
            <Prose text={step} />
          </li>
        ))}
      </ol>
      <Heading as="h2" id="data-stores">
        Data stores
      </Heading>
      {stores.map((s) => {
        const a = s.standing;
        return (
          <section key={s.id} aria-labelledby={`store-${s.id}`}>
            <Heading as="h3" id={`store-${s.id}`}>
              {s.name}
            </Heading>
            <p>{s.holds}</p>
            <ul>
              <li>Component: {s.componentName}</li>
              <li>
                Commands:{' '}
                {s.cluster ? (
                  <>
                    <code>ax db status --cluster {s.cluster}</code>, <code>ax backup list --cluster {s.cluster}</code>
                  </>
                ) : (
                  'replicated object storage, recovered by switching reads to the replica bucket'
                )}
              </li>
              <li>
                Backup schedule: {s.backup.schedule} (<code>{s.backup.cron}</code>, UTC)
              </li>
              <li>
                Checksum verification: <Prose text={s.checksum} />
              </li>
              <li>Retention: {s.retention}</li>
              <li>
                Targets: RPO {s.rpoTargetMinutes} minutes, RTO {s.rtoTargetMinutes} minutes; drilled every {s.drillIntervalDays} days
              </li>
              <li>Recovery approach: {s.approach}</li>
              <li>
                Runbook: <Link to={s.runbook.href}>{s.runbook.label}</Link>
              </li>
              <li>
                Standing: <strong>{statusText[a.status]}</strong>
              </li>
            </ul>
            <TableWrap label={`Failover and restore drills of the ${s.name.toLowerCase()}`}>
              <table>
                <caption>Failover and restore drills of the {s.name.toLowerCase()}</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Achieved RPO</th>
                    <th scope="col">Achieved RTO</th>
                    <th scope="col">Notes</th>
                  </tr>
                </thead>
                <tbody>
                  {s.drills.map((d) => (
                    <tr key={d.date + d.kind}>
                      <th scope="row">{d.date}</th>
                      <td>{d.kind}</td>
                      <td>
                        {d.achievedRpoMinutes} min of {s.rpoTargetMinutes}: {d.rpoMet ? 'met' : <strong>missed</strong>}
                      </td>
                      <td>
                        {d.achievedRtoMinutes} min of {s.rtoTargetMinutes}: {d.rtoMet ? 'met' : <strong>missed</strong>}
                      </td>
                      <td>{d.notes}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </section>
        );
      })}
    </>
  );
}
