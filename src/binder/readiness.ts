import type {SignoffDomain} from '../content-model/registry/signers';

/**
 * The readiness and production-validation checklist: typed items per domain. An item is
 * computed from data where a check exists; the rest are attested in the domain's sign-off.
 */

/** How an item is judged: a computed check, or the signer's attestation. */
export type ReadinessCheck = 'runbooks-drilled' | 'no-open-critical' | 'pa11y-clean' | 'tests-passing' | 'kpis-sourced' | 'attested';

export interface ReadinessItem {
  id: string;
  domain: SignoffDomain;
  /** What must hold, as a sentence. */
  text: string;
  /** Route of the page holding the evidence, from src/routes/table.ts. */
  evidence: string;
  check: ReadinessCheck;
}

/** Where an item stands (after GitLab's readiness states). */
export type ReadinessState = 'Met' | 'Not met' | 'Not measured' | 'Attested in sign-off';

/** The facts computed items are judged on; null when the source is missing or cannot attest. */
export interface ReadinessFacts {
  /** Runbooks whose newest drill is older than their interval, or never drilled. */
  overdueRunbooks: readonly string[] | null;
  /** Open critical advisories across the security scans. */
  openCritical: number | null;
  /** pa11y errors in the committed accessibility evidence. */
  pa11yErrors: number | null;
  /** Passed ÷ run tests in the committed JUnit evidence. */
  testsPassing: number | null;
  /** KPIs with no source. */
  unsourcedKpis: readonly string[];
}

export interface ReadinessResult {
  item: ReadinessItem;
  state: ReadinessState;
  /** Why, for the checklist's detail column. */
  detail: string;
}

const judge = (ok: boolean | null, met: string, notMet: string, missing: string): Pick<ReadinessResult, 'state' | 'detail'> =>
  ok === null ? {state: 'Not measured', detail: missing} : ok ? {state: 'Met', detail: met} : {state: 'Not met', detail: notMet};

/** Judges one item on the facts. */
export function judgeItem(item: ReadinessItem, f: ReadinessFacts): ReadinessResult {
  const at = (r: Pick<ReadinessResult, 'state' | 'detail'>) => ({item, ...r});
  switch (item.check) {
    case 'runbooks-drilled':
      return at(judge(f.overdueRunbooks && f.overdueRunbooks.length === 0, 'Every runbook was drilled within its interval.', `Overdue or never drilled: ${f.overdueRunbooks?.join(', ')}.`, 'No runbooks were read.'));
    case 'no-open-critical':
      return at(judge(f.openCritical === null ? null : f.openCritical === 0, 'No critical advisory is open.', `${f.openCritical} critical advisories are open.`, 'A security scan is too old to attest the open count.'));
    case 'pa11y-clean':
      return at(judge(f.pa11yErrors === null ? null : f.pa11yErrors === 0, 'pa11y reports 0 errors.', `pa11y reports ${f.pa11yErrors} errors.`, 'No accessibility evidence is committed.'));
    case 'tests-passing':
      return at(judge(f.testsPassing === null ? null : f.testsPassing === 1, 'Every test run passed.', 'Some tests failed.', 'No JUnit evidence is committed.'));
    case 'kpis-sourced':
      return at(judge(f.unsourcedKpis.length === 0, 'Every KPI is read from a source.', `No source yet: ${f.unsourcedKpis.join(', ')}.`, ''));
    case 'attested':
      return {item, state: 'Attested in sign-off', detail: `Attested by the ${item.domain} sign-off.`};
  }
}

/** Judges every item, in checklist order. */
export function judgeReadiness(items: readonly ReadinessItem[], facts: ReadinessFacts): ReadinessResult[] {
  return items.map((item) => judgeItem(item, facts));
}
