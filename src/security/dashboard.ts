import {findAlert} from '../content-model/ops/alerts';
import {matchVulnerabilities, parsePurl, type VulnerabilityMatch} from './match';
import {advisorySeverities, ecosystems, type AdvisorySeverity, type Ecosystem, type SecurityPolicy} from './policy-schema';
import {purlKey, sbomPackages, type CdxDocument} from './sbom';
import {driftClasses, sbomDrift, type DriftChange, type DriftClass} from './sbom-drift';
import type {SecuritySnapshot} from './snapshot-schema';
import {libyear, versionsBehind, type Behind} from './freshness';

/**
 * The `/security` dashboard's data, computed once from the committed snapshots: the page, the
 * JSON feed and the Atom feed all render this. Ages and "as of" come from the snapshots; only
 * staleness is judged against `judgedAt` (the build), because "too old" means too old now.
 */
export interface DashboardScan {
  component: string;
  componentName: string;
  ecosystem: Ecosystem;
  source: string;
  tool: string;
  takenAt: string;
  dateSource: string | null;
  /** Hours from the scan to `judgedAt`. */
  ageHours: number;
  attestForHours: number;
  /** Older than the policy allows: the page says it cannot attest instead of showing counts. */
  stale: boolean;
  freshness: {package: string; version: string; latest: string; behind: Behind; libyear: number | null}[];
  findings: VulnerabilityMatch[];
  /** Open findings per severity; null when stale (cannot attest). */
  open: Record<AdvisorySeverity, number> | null;
  fixedLast30Days: SecuritySnapshot['fixed'];
  drift: DriftChange[];
  driftCounts: Record<DriftClass, number>;
  updatePlan: (SecuritySnapshot['updatePlan'][number] & {label: string})[];
}

export type CoverageCell = {component: string; ecosystem: Ecosystem; state: 'scanned' | 'stale' | 'gap' | 'not-required'; takenAt?: string};

export interface DashboardAlert {
  name: 'CriticalCveDetected' | 'SbomDriftDetected';
  condition: string;
  severity: string;
  firing: boolean;
  /** Why it fires, one line per cause; empty when quiet. */
  causes: string[];
}

export interface SecurityDashboard {
  /** Newest and oldest scan of the data set. */
  asOf: {newest: string; oldest: string};
  judgedAt: string;
  source: string;
  scans: DashboardScan[];
  coverage: {components: {id: string; name: string}[]; ecosystems: readonly Ecosystem[]; cells: CoverageCell[]};
  /** Open findings across fresh scans; null when any scan is stale (the total cannot be attested). */
  openTotals: Record<AdvisorySeverity, number> | null;
  alerts: DashboardAlert[];
  slas: {severity: AdvisorySeverity; fixWithinHours: number}[];
}

const hoursBetween = (from: string, to: string) => Math.floor((Date.parse(to) - Date.parse(from)) / 3_600_000);
const zeroBySeverity = () => Object.fromEntries(advisorySeverities.map((s) => [s, 0])) as Record<AdvisorySeverity, number>;

function scanView(s: SecuritySnapshot, policy: SecurityPolicy, judgedAt: string, componentName: string): DashboardScan {
  const scanPolicy = policy.scanCoverage.find((c) => c.ecosystem === s.ecosystem)!;
  const packages = sbomPackages(s.sbom as CdxDocument);
  const ageHours = hoursBetween(s.takenAt, judgedAt);
  const stale = ageHours > scanPolicy.attestForHours;
  // Findings are judged as of the scan: their age is the age they had when the data was taken.
  const findings = matchVulnerabilities(packages.map((p) => p.purl), s.advisories, s.exceptions, policy, s.takenAt);
  const open = zeroBySeverity();
  for (const f of findings) if (f.status === 'open') open[f.severity]++;
  const drift = sbomDrift(sbomPackages(s.previousSbom as CdxDocument), packages);
  const driftCounts = Object.fromEntries(driftClasses.map((c) => [c, drift.filter((d) => d.class === c).length])) as Record<DriftClass, number>;
  const cutoff = Date.parse(s.takenAt) - 30 * 86_400_000;
  return {
    component: s.component,
    componentName,
    ecosystem: s.ecosystem,
    source: s.source,
    tool: `${s.tool.name} ${s.tool.version}`,
    takenAt: s.takenAt,
    dateSource: s.dateSource,
    ageHours,
    attestForHours: scanPolicy.attestForHours,
    stale,
    freshness: packages.map((p) => {
      const latest = s.latest[purlKey(p.purl)];
      const type = parsePurl(p.purl)?.type ?? '';
      return {
        package: p.name,
        version: p.version,
        latest: latest?.version ?? p.version,
        behind: versionsBehind(p.version, latest?.version ?? p.version, type),
        libyear: s.dateSource ? libyear(latest?.currentReleasedAt, latest?.releasedAt) : null,
      };
    }),
    findings,
    open: stale ? null : open,
    fixedLast30Days: s.fixed.filter((f) => Date.parse(f.fixedAt) >= cutoff),
    drift,
    driftCounts,
    updatePlan: s.updatePlan.map((u) => ({...u, label: policy.riskLabels.find((r) => r.updateType === u.updateType)!.label})),
  };
}

/** The dashboard of `snapshots`, judged at `judgedAt` (ISO datetime). */
export function securityDashboard(snapshots: readonly SecuritySnapshot[], policy: SecurityPolicy, judgedAt: string, componentNames: Readonly<Record<string, string>>): SecurityDashboard {
  const scans = [...snapshots].sort((a, b) => a.component.localeCompare(b.component) || ecosystems.indexOf(a.ecosystem) - ecosystems.indexOf(b.ecosystem)).map((s) => scanView(s, policy, judgedAt, componentNames[s.component] ?? s.component));
  const componentIds = [...new Set([...policy.scanCoverage.flatMap((c) => c.components), ...scans.map((s) => s.component)])].sort();
  const cells: CoverageCell[] = componentIds.flatMap((component) =>
    ecosystems.map((ecosystem): CoverageCell => {
      const scan = scans.find((s) => s.component === component && s.ecosystem === ecosystem);
      const required = policy.scanCoverage.find((c) => c.ecosystem === ecosystem)!.components.includes(component);
      if (scan) return {component, ecosystem, state: scan.stale ? 'stale' : 'scanned', takenAt: scan.takenAt};
      return {component, ecosystem, state: required ? 'gap' : 'not-required'};
    }),
  );
  const openTotals = scans.some((s) => !s.open) ? null : scans.reduce((acc, s) => (advisorySeverities.forEach((k) => (acc[k] += s.open![k])), acc), zeroBySeverity());
  const late = scans.flatMap((s) => s.findings.filter((f) => f.late && policy.severitySlas.find((x) => x.severity === f.severity)?.alert === 'CriticalCveDetected').map((f) => `${s.componentName} (${s.ecosystem}): ${f.advisory} against ${f.package} ${f.version}, open ${f.ageHours} h at the scan, SLA ${f.slaHours} h`));
  const drifted = scans.filter((s) => s.drift.length).map((s) => `${s.componentName} (${s.ecosystem}): ${s.drift.length} change(s) since the previous scan`);
  const alert = (name: DashboardAlert['name'], causes: string[]): DashboardAlert => {
    const a = findAlert(name)!;
    return {name, condition: a.condition, severity: a.severity, firing: causes.length > 0, causes};
  };
  const dates = scans.map((s) => s.takenAt).sort();
  return {
    asOf: {newest: dates.at(-1) ?? '', oldest: dates[0] ?? ''},
    judgedAt,
    source: [...new Set(scans.map((s) => s.source))].join('; '),
    scans,
    coverage: {components: componentIds.map((id) => ({id, name: componentNames[id] ?? id})), ecosystems, cells},
    openTotals,
    alerts: [alert('CriticalCveDetected', late), alert('SbomDriftDetected', drifted)],
    slas: policy.severitySlas.map((s) => ({severity: s.severity, fixWithinHours: s.fixWithinHours})),
  };
}
