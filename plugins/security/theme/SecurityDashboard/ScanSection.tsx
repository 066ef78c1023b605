import React from 'react';
import TableScroll from '@site/src/components/TableScroll';
import Heading from '@theme/Heading';
import type {DashboardScan} from '@site/src/security/dashboard';
import {driftClasses, driftClassLabels} from '@site/src/security/sbom-drift';
import {formatHours} from '@site/src/security/policy-text';

const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const behindText = (b: {major: number; minor: number; patch: number}) => (b.major ? `${b.major} major` : b.minor ? `${b.minor} minor` : b.patch ? `${b.patch} patch` : 'current');

function Table({caption, head, rows, empty, scan}: {caption: string; head: string[]; rows: React.ReactNode[][]; empty: string; scan: string}): React.ReactElement {
  if (!rows.length) return <p><strong>{caption}:</strong> {empty}</p>;
  return (
    // Each scan has the same tables: the scan's name keeps every scroll region's label unique (axe landmark-unique).
    <TableScroll label={caption.includes(scan) ? caption : `${scan}: ${caption}`}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>{r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** One scan: its provenance, backlog, exceptions, fixes, freshness, drift and update plan. */
export default function ScanSection({scan}: {scan: DashboardScan}): React.ReactElement {
  const id = `${scan.component}-${scan.ecosystem}`;
  const excepted = scan.findings.filter((f) => f.exception);
  const name = `${scan.componentName} ${scan.ecosystem}`;
  return (
    <section aria-labelledby={id}>
      <Heading as="h2" id={id}>{scan.componentName}: {scan.ecosystem}</Heading>
      <p>
        Scan of {utc(scan.takenAt)} by {scan.tool}. Source: {scan.source}.{' '}
        {scan.stale ? (
          <strong>Cannot attest: this scan is {formatHours(scan.ageHours)} old, older than the {formatHours(scan.attestForHours)} the policy allows. Its findings below are history, not a current state.</strong>
        ) : (
          <>Within its {formatHours(scan.attestForHours)} attestation window.</>
        )}
      </p>
      <Table
        scan={name}
        caption={`Findings of the ${scan.componentName} ${scan.ecosystem} scan, age at the scan against the SLA`}
        head={['Advisory', 'Package', 'Severity', 'Age at scan / SLA', 'Status', 'Fixed in']}
        empty={scan.stale ? 'none recorded, but this scan is too old to attest' : 'no advisory matched this scan’s SBOM'}
        rows={scan.findings.map((f) => [
          f.advisory,
          `${f.package} ${f.version}`,
          f.severity,
          `${formatHours(f.ageHours)} / ${formatHours(f.slaHours)}`,
          f.status === 'excepted' ? 'excepted' : f.late ? 'open, past SLA' : 'open, within SLA',
          f.fixed ?? 'no fix yet',
        ])}
      />
      <Table
        scan={name}
        caption="Exceptions and their expiry"
        head={['Advisory', 'Package', 'Kind', 'Expires', 'Reason']}
        empty="none"
        rows={excepted.map((f) => [f.advisory, f.package, f.exception!.type === 'vex' ? `VEX not_affected (${f.exception!.justification})` : 'ignore-until', `${f.exception!.expires}${f.exception!.expired ? ' (expired)' : ''}`, f.exception!.reason])}
      />
      <Table scan={name} caption="Fixed in the 30 days before the scan" head={['Advisory', 'Package', 'Severity', 'Fixed']} empty="none" rows={scan.fixedLast30Days.map((f) => [f.advisory, f.package, f.severity, utc(f.fixedAt)])} />
      <Table
        scan={name}
        caption={`Freshness${scan.dateSource ? ` (release dates: ${scan.dateSource})` : ' (no date source in this snapshot, so no libyear)'}`}
        head={['Package', 'In use', 'Newest', 'Behind', 'Libyear']}
        empty="No data"
        rows={scan.freshness.map((f) => [f.package, f.version, f.latest, behindText(f.behind), f.libyear === null ? 'not known' : f.libyear.toFixed(2)])}
      />
      <Table scan={name} caption="SBOM drift since the previous scan, by class" head={['Class', 'Changes', 'Packages']} empty="No data" rows={driftClasses.map((c) => [driftClassLabels[c], String(scan.driftCounts[c]), scan.drift.filter((d) => d.class === c).map((d) => `${d.name}${d.from ? ` ${d.from}` : ''}${d.to && d.to !== d.from ? ` → ${d.to}` : ''}`).join(', ') || 'none'])} />
      <Table scan={name} caption="Weekly update plan" head={['Pull request', 'Risk', 'Change', 'Changelog summary']} empty="no update pending" rows={scan.updatePlan.map((u) => [u.title, u.label, `${u.package} ${u.from} → ${u.to} (${u.updateType})`, u.changelog])} />
    </section>
  );
}
