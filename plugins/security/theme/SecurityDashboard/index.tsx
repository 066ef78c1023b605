import React from 'react';
import TableScroll from '@site/src/components/TableScroll';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {CoverageCell, SecurityDashboard as Dashboard} from '@site/src/security/dashboard';
import type {SecurityPageProps} from '@site/plugins/security';
import {formatHours} from '@site/src/security/policy-text';
import {routes} from '@site/src/routes/table';
import ScanSection from './ScanSection';

const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const cellText = (c: CoverageCell | undefined) => (!c ? 'No data' : c.state === 'scanned' ? `scanned ${utc(c.takenAt!)}` : c.state === 'stale' ? `stale since ${utc(c.takenAt!)}: cannot attest` : c.state === 'gap' ? 'GAP: required, not scanned' : 'not required');
const runbookOf = {CriticalCveDetected: 'critical-cve-response', SbomDriftDetected: 'sbom-drift'} as const;

/** `/security`: the platform's freshness, CVE backlog, coverage, drift and update plan, from committed snapshots. */
export default function SecurityDashboard({dashboard: d, feedJson, feedAtom, sbom}: {dashboard: Dashboard} & SecurityPageProps): React.ReactElement {
  return (
    <Layout title="Security dashboard" description="Dependency freshness, CVE backlog, scan coverage, SBOM drift and the weekly update plan of the ax platform, from committed scan snapshots.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Security dashboard</Heading>
        <p>
          <strong>Synthetic platform data.</strong> Every figure comes from committed scan snapshots ({d.source}), not from a live scan. As of the scans
          from {utc(d.asOf.oldest)} to {utc(d.asOf.newest)}; each scan is dated below. Staleness is judged at {utc(d.judgedAt)}. The same data: <a href={feedJson}>JSON</a>,{' '}
          <a href={feedAtom}>Atom feed</a>. This site’s own SBOM: <a href={sbom}>sbom.cdx.json</a>. Policy and SLAs: <Link to={routes.doc('guides/maintenance-automation')}>maintenance automation</Link>.
        </p>

        <Heading as="h2" id="alerts">Alerts</Heading>
        <TableScroll label="Typed alerts this data fires">
          <table>
            <caption>Typed alerts this data fires</caption>
            <thead>
              <tr><th scope="col">Alert</th><th scope="col">State</th><th scope="col">Why</th><th scope="col">Runbook</th></tr>
            </thead>
            <tbody>
              {d.alerts.map((a) => (
                <tr key={a.name}>
                  <th scope="row">{a.name} ({a.severity})</th>
                  <td><strong>{a.firing ? 'FIRING' : 'quiet'}</strong></td>
                  <td>{a.firing ? a.causes.join('; ') : a.condition}</td>
                  <td><Link to={routes.runbook(runbookOf[a.name])}>{runbookOf[a.name]}</Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>

        <Heading as="h2" id="backlog">CVE backlog</Heading>
        <p>"0 critical" means no open critical finding: none unfixed and not under a valid, unexpired exception. A scan older than its window cannot attest, so neither can a total over it.</p>
        <TableScroll label="Open findings by severity, per scan">
          <table>
            <caption>Open findings by severity, per scan</caption>
            <thead>
              <tr>
                <th scope="col">Severity (fix within)</th>
                {d.scans.map((s) => <th key={`${s.component}-${s.ecosystem}`} scope="col">{s.componentName}, {s.ecosystem}</th>)}
                <th scope="col">All scans</th>
              </tr>
            </thead>
            <tbody>
              {d.slas.map((sla) => (
                <tr key={sla.severity}>
                  <th scope="row">{sla.severity} ({formatHours(sla.fixWithinHours)})</th>
                  {d.scans.map((s) => <td key={`${s.component}-${s.ecosystem}`}>{s.open ? s.open[sla.severity] : 'cannot attest'}</td>)}
                  <td>{d.openTotals ? d.openTotals[sla.severity] : 'cannot attest'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>

        <Heading as="h2" id="coverage">Scan coverage</Heading>
        <TableScroll label="Components by ecosystem: a required scan that did not run is a gap, never 0">
          <table>
            <caption>Components by ecosystem: a required scan that did not run is a gap, never 0</caption>
            <thead>
              <tr><th scope="col">Component</th>{d.coverage.ecosystems.map((e) => <th key={e} scope="col">{e}</th>)}</tr>
            </thead>
            <tbody>
              {d.coverage.components.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  {d.coverage.ecosystems.map((e) => <td key={e}>{cellText(d.coverage.cells.find((x) => x.component === c.id && x.ecosystem === e))}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>

        {d.scans.map((s) => <ScanSection key={`${s.component}-${s.ecosystem}`} scan={s} />)}
      </main>
    </Layout>
  );
}
