import {findTeam} from '../../content-model/registry/teams';
import {signoffDomains} from '../../content-model/registry/signers';
import {signerOf} from '../../content-model/registry/signers';
import type {KpiResult, KpiStatus} from '../kpi-status';
import type {ReadinessResult, ReadinessState} from '../readiness';
import type {SignoffState} from '../signoff-schema';
import type {DomainSignoff} from '../signoff-states';
import {hashScope} from '../signoff';
import {countBy, directionText, domainNames, kpiBoundText, kpiSourceText, kpiValueText, trendText} from './format';
import type {EvidenceView, KpiRowView, KpiScorecardView, ReadinessView, SignoffsView} from './types';

export const kpiStatuses: readonly KpiStatus[] = ['On track', 'At risk', 'Off track', 'No data', 'Stale'];
export const readinessStates: readonly ReadinessState[] = ['Met', 'Not met', 'Not measured', 'Attested in sign-off'];
export const signoffStatesInOrder: readonly SignoffState[] = ['VALID', 'STALE', 'EXPIRED', 'INVALID', 'UNSIGNED'];

const teamName = (id: string) => findTeam(id)?.name ?? id;

/** One scorecard row: words for status and trend, a figure only when the status is judged on it. */
export function kpiRow(r: KpiResult): KpiRowView {
  const {kpi} = r;
  return {
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    directionText: directionText[kpi.direction],
    status: r.status,
    value: r.value,
    valueText: kpiValueText(kpi, r.status, r.value),
    targetText: kpiBoundText(kpi, kpi.target),
    atRiskText: kpiBoundText(kpi, kpi.atRisk),
    trend: r.trend,
    trendText: trendText[r.trend],
    asOf: r.status === 'No data' ? null : (r.asOf ?? null),
    owner: kpi.owner,
    ownerName: teamName(kpi.owner),
    source: kpi.source,
    sourceText: kpiSourceText[kpi.source],
    definition: kpi.definition,
  };
}

export function kpiScorecardView(results: readonly KpiResult[]): KpiScorecardView {
  const rows = results.map(kpiRow);
  return {rows, counts: countBy(kpiStatuses, rows.map((r) => r.status))};
}

export function readinessView(results: readonly ReadinessResult[]): ReadinessView {
  const rows = results.map(({item, state, detail}) => ({
    id: item.id,
    domain: item.domain,
    domainName: domainNames[item.domain],
    text: item.text,
    evidence: item.evidence,
    computed: item.check !== 'attested',
    state,
    detail,
  }));
  return {rows, counts: countBy(readinessStates, rows.map((r) => r.state))};
}

export function signoffsView(states: readonly DomainSignoff[]): SignoffsView {
  const rows = states.map((s) => ({
    domain: s.domain,
    domainName: domainNames[s.domain],
    signer: s.expectedSigner,
    signerTeamName: teamName(signerOf(s.domain).team),
    state: s.state,
    reason: s.reason,
    decision: s.record?.decision ?? null,
    signedAt: s.record?.signedAt ?? null,
    expiresAt: s.record?.expiresAt ?? null,
    exceptions: s.record?.exceptions ?? [],
  }));
  return {rows, allUnsigned: rows.every((r) => r.state === 'UNSIGNED')};
}

/** Per domain, the hash of the sources in scope now, beside the hash its sign-off approved. */
export function evidenceView(root: string, commit: string | null, scopes: Readonly<Record<string, readonly string[]>>, states: readonly DomainSignoff[]): EvidenceView {
  return {
    commit,
    domains: signoffDomains.map((domain) => {
      const scope = [...(scopes[domain] ?? [])];
      const {sha256, files} = hashScope(root, scope);
      const s = states.find((x) => x.domain === domain);
      return {domain, domainName: domainNames[domain], scope, fileCount: files.length, sha256, signedSha256: s?.record?.sourcesSha256 ?? null, state: s?.state ?? 'UNSIGNED'};
    }),
  };
}
