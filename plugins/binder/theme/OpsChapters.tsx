import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import ArchitectureMap from '@theme/ArchitectureMap';
import OwnershipMatrix from '@theme/OwnershipMatrix';
import type {MaintenanceSecurityView, OperationsView, SupportModelView, TrainingView} from '@site/src/binder/views/types';
import {orNoData, Section, StateWord, Table} from './parts';

const minutes = (n: number | null) => (n === null ? 'No data' : `${n} min`);

/** The existing platform map and ownership matrix, from the registry plugin's data. */
export function Architecture(): React.ReactElement {
  return (
    <>
      <Section id="platform-map" title="Platform map">
        <ArchitectureMap />
      </Section>
      <Section id="ownership" title="Ownership">
        <OwnershipMatrix />
      </Section>
    </>
  );
}

export function SupportModel({view}: {view: SupportModelView}): React.ReactElement {
  return (
    <>
      <Section id="tiers" title="Support tiers">
        <Table caption="What each support tier means" head={['Tier', 'Response']} rows={view.tiers.map((t) => [`Tier ${t.tier}`, t.meaning])} />
      </Section>
      <Section id="on-call" title="On-call and escalation">
        <Table
          caption="Each team's components, on-call rotation and escalation path"
          head={['Team', 'Components (tier)', 'Chat', 'On-call rotation', 'Escalate to', 'After']}
          rows={view.teams.map((t) => [
            t.name,
            t.components.length ? t.components.map((c) => `${c.name} (tier ${c.tier})`).join(', ') : 'None',
            <code>{t.channel}</code>,
            <code>{t.onCall}</code>,
            <>
              {t.escalationRole}, <a href={`mailto:${t.escalationContact}`}>{t.escalationContact}</a>
            </>,
            `${t.escalateAfterMinutes} min without acknowledgement`,
          ])}
        />
      </Section>
    </>
  );
}

export function Operations({view}: {view: OperationsView}): React.ReactElement {
  return (
    <>
      <Section id="runbooks" title="Runbooks and drills">
        <Table
          caption="Each runbook's drill state, from the committed drill logs"
          head={['Runbook', 'Drill state', 'Last drilled', 'Due by', 'Interval', 'Newest drill met its time target', 'Owner']}
          rows={view.runbooks.map((r) => [
            <Link to={r.route}>{r.title}</Link>,
            <StateWord state={r.state} />,
            orNoData(r.lastDrilled),
            orNoData(r.dueBy),
            `${r.intervalDays} days`,
            r.metTarget === null ? 'No data' : r.metTarget ? 'Yes' : 'No',
            r.ownerName,
          ])}
        />
      </Section>
      <Section id="disaster-recovery" title="Disaster recovery: targets against achieved">
        <p>
          Platform targets: RPO at most {view.platformTargets.rpoMinutes} minutes, RTO at most {view.platformTargets.rtoMinutes} minutes. Achieved figures are
          from each store&rsquo;s newest recovery drill.
        </p>
        <Table
          caption="Recovery point and time objectives of each data store against its newest drill"
          head={['Data store', 'State', 'RPO target', 'RPO achieved', 'RTO target', 'RTO achieved', 'Newest drill', 'Next due', 'Approach']}
          rows={view.stores.map((s) => [
            <Link to={s.runbookRoute}>{s.name}</Link>,
            <StateWord state={s.state} />,
            minutes(s.rpoTargetMinutes),
            minutes(s.achievedRpoMinutes),
            minutes(s.rtoTargetMinutes),
            minutes(s.achievedRtoMinutes),
            orNoData(s.lastDrill),
            orNoData(s.dueBy),
            s.approach,
          ])}
        />
      </Section>
    </>
  );
}

export function Training({view}: {view: TrainingView}): React.ReactElement {
  const ics = useBaseUrl(view.officeHoursIcs);
  return (
    <>
      <Section id="labs" title="Hands-on labs">
        <Table
          caption="Training labs, their audience, length and outcomes"
          head={['Lab', 'Audience', 'Steps', 'Minutes', 'Outcomes']}
          rows={view.labs.map((l) => [<Link to={l.route}>{l.title}</Link>, l.audience, String(l.steps), String(l.minutes), l.outcomes.join(' ')])}
        />
      </Section>
      <Section id="recordings" title="Recorded sessions">
        <Table
          caption="Recorded sessions and walkthroughs"
          head={['Recording', 'Kind', 'Recorded', 'Length', 'Labs']}
          rows={view.recordings.map((r) => [<Link to={r.route}>{r.title}</Link>, r.kind, r.date, r.length, r.labs.join(', ') || 'None'])}
        />
      </Section>
      <Section id="office-hours" title="Office hours">
        <Table caption="Recurring office hours" head={['Session', 'When', 'Host', 'Channel']} rows={view.officeHours.map((o) => [o.title, o.when, o.hostTeamName, <code>{o.channel}</code>])} />
        <p>
          <a href={ics}>Subscribe to the office hours (iCalendar)</a>
        </p>
      </Section>
      <Section id="training-kpis" title="Training KPIs">
        <Table caption="Training KPIs, as on the scorecard" head={['KPI', 'Status', 'Value', 'Target']} rows={view.kpis.map((k) => [k.name, <StateWord state={k.status} />, k.valueText, k.targetText])} />
      </Section>
    </>
  );
}

export function MaintenanceSecurity({view}: {view: MaintenanceSecurityView}): React.ReactElement {
  return (
    <>
      <Section id="scans" title="Scans">
        <ul>
          <li>Scans: {view.scanCount}, of which too old to attest: {view.staleScanCount}</li>
          <li>Newest scan: {orNoData(view.asOf?.newest)}</li>
          <li>Oldest scan: {orNoData(view.asOf?.oldest)}</li>
          <li>
            Details: <Link to={view.route}>security dashboard</Link>
          </li>
        </ul>
      </Section>
      <Section id="open-advisories" title="Open advisories and fix-within SLAs">
        <p>When any scan is too old to attest, the open counts show &ldquo;No data&rdquo; rather than a number that may be wrong.</p>
        <Table
          caption="Open advisories per severity and how long each may stay open"
          head={['Severity', 'Open', 'Fix within']}
          rows={view.open.map((o) => [o.severity, o.count === null ? 'No data' : String(o.count), view.slas.find((s) => s.severity === o.severity)?.fixWithin ?? 'No data'])}
        />
      </Section>
      <Section id="alerts" title="Alerts">
        {view.firingAlerts.length ? (
          <ul>
            {view.firingAlerts.map((a) => (
              <li key={a.name}>
                <code>{a.name}</code> is firing: {a.causes.join(' ')}
              </li>
            ))}
          </ul>
        ) : (
          <p>No security alert is firing.</p>
        )}
      </Section>
    </>
  );
}
