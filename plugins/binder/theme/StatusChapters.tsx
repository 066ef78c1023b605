import React from 'react';
import Link from '@docusaurus/Link';
import type {BinderFrame, EvidenceView, ExecutiveSummaryView, KpiScorecardView, ReadinessView, SignoffsView} from '@site/src/binder/views/types';
import {orNoData, Section, StateWord, Table} from './parts';
import styles from './binder.module.css';

const chapterRoute = (frame: BinderFrame, id: string) => frame.chapters.find((c) => c.id === id)!.route;

/** Where the handoff stands, every sentence counted from another chapter's view model. */
export function ExecutiveSummary({frame, view}: {frame: BinderFrame; view: ExecutiveSummaryView}): React.ReactElement {
  return (
    <>
      <p className={styles.headline}>{view.headline}</p>
      <Section id="at-a-glance" title="At a glance">
        <Table
          caption="The handoff at a glance, by chapter"
          head={['Area', 'Where it stands', 'Chapter']}
          rows={view.facts.map((f) => [f.label, f.text, <Link to={chapterRoute(frame, f.chapter)}>{frame.chapters.find((c) => c.id === f.chapter)!.title}</Link>])}
        />
      </Section>
      <Section id="chapters" title="Chapters">
        <ol>
          {frame.chapters.map((c) => (
            <li key={c.id}>
              <Link to={c.route}>{c.title}</Link>: {c.purpose}
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}

export function KpiScorecard({view}: {view: KpiScorecardView}): React.ReactElement {
  return (
    <>
      <p>
        Each status is computed from the KPI&rsquo;s source against its target and at-risk threshold. A KPI without a source shows &ldquo;No data&rdquo;, and one
        whose data is older than its freshness window shows &ldquo;Stale&rdquo;; neither shows a number. A trend reads &ldquo;better&rdquo; when the value moved the
        way the KPI&rsquo;s direction prefers.
      </p>
      <Section id="scorecard" title="Scorecard">
        <Table
          caption="KPI scorecard: status, value, target and trend of each success metric"
          head={['KPI', 'Status', 'Value', 'Target', 'At risk from', 'Trend', 'As of', 'Owner']}
          rows={view.rows.map((r) => [r.name, <StateWord state={r.status} />, r.valueText, `${r.targetText} (${r.directionText.toLowerCase()})`, r.atRiskText, r.trendText, orNoData(r.asOf), r.ownerName])}
        />
      </Section>
      <Section id="definitions" title="Definitions and sources">
        <dl className={styles.definitions}>
          {view.rows.map((r) => (
            <React.Fragment key={r.id}>
              <dt>{r.name}</dt>
              <dd>
                {r.definition} Source: {r.sourceText}.
              </dd>
            </React.Fragment>
          ))}
        </dl>
      </Section>
    </>
  );
}

/** "Evidence", and for a screen reader's list of links which item it is evidence for: ten bare "Evidence" links read alike. */
function EvidenceLink({to, item}: {to: string; item: string}): React.ReactElement {
  return (
    <Link to={to}>
      Evidence<span className="ax-visually-hidden"> for &ldquo;{item.replace(/\.$/, '')}&rdquo;</span>
    </Link>
  );
}

export function Readiness({view}: {view: ReadinessView}): React.ReactElement {
  return (
    <>
      <p>
        Items backed by data are computed at build time (Met, Not met, or Not measured when the evidence is missing); the rest are attested by the domain&rsquo;s
        signer in its sign-off.
      </p>
      <Section id="checklist" title="Checklist">
        <Table
          caption="Readiness and production-validation checklist, by domain"
          head={['Item', 'Domain', 'State', 'How judged', 'Detail', 'Evidence']}
          rows={view.rows.map((r) => [r.text, r.domainName, <StateWord state={r.state} />, r.computed ? 'Computed' : 'Attested', r.detail, <EvidenceLink to={r.evidence} item={r.text} />])}
        />
      </Section>
    </>
  );
}

export function Signoffs({view}: {view: SignoffsView}): React.ReactElement {
  return (
    <>
      {view.allUnsigned ? (
        <p className={styles.headline}>Nobody has signed this handoff. Every domain is UNSIGNED: no sign-off is recorded in the repository.</p>
      ) : null}
      <Section id="domains" title="Domains">
        <Table
          caption="Sign-off state of each handoff domain"
          head={['Domain', 'State', 'Signer role', 'Team', 'Signed at', 'Expires at', 'Why']}
          rows={view.rows.map((r) => [r.domainName, <StateWord state={r.state} />, <code>{r.signer}</code>, r.signerTeamName, orNoData(r.signedAt), orNoData(r.expiresAt), r.reason])}
        />
      </Section>
      {view.rows.some((r) => r.exceptions.length) ? (
        <Section id="exceptions" title="Exceptions">
          <Table
            caption="Exceptions accepted in sign-offs, with reason and expiry"
            head={['Item', 'Domain', 'Reason', 'Expires']}
            rows={view.rows.flatMap((r) => r.exceptions.map((e) => [e.item, r.domainName, e.reason, e.expires]))}
          />
        </Section>
      ) : null}
    </>
  );
}

export function Evidence({frame, view}: {frame: BinderFrame; view: EvidenceView}): React.ReactElement {
  return (
    <>
      <Section id="build" title="Build">
        <ul>
          <li>
            Commit: {view.commit ? <code>{view.commit}</code> : 'No data'}
          </li>
          <li>Built at: {frame.builtAt}</li>
        </ul>
      </Section>
      <Section id="scope-hashes" title="Sources in scope, per domain">
        <p>
          The SHA-256 of each domain&rsquo;s sources in canonical form (sorted paths, LF line endings). A sign-off records the hash it approved; when the hash of
          the sources now differs, the domain is STALE.
        </p>
        <Table
          caption="Per-domain scope, source hash and sign-off state"
          head={['Domain', 'State', 'Scope', 'Files', 'SHA-256 now', 'SHA-256 signed']}
          rows={view.domains.map((d) => [
            d.domainName,
            <StateWord state={d.state} />,
            <code className={styles.wrap}>{d.scope.join(' ')}</code>,
            String(d.fileCount),
            <code className={styles.hash}>{d.sha256}</code>,
            d.signedSha256 ? <code className={styles.hash}>{d.signedSha256}</code> : 'No data',
          ])}
        />
      </Section>
    </>
  );
}
