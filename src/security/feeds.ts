import type {SecurityDashboard} from './dashboard';

/**
 * The dashboard as feeds, like the Kubernetes CVE feed: JSON (the whole data set, with its
 * dates) and Atom (one entry per advisory finding). Both are built from the same data as the
 * page, so the three never disagree.
 */
export function jsonFeed(d: SecurityDashboard, urls: {page: string; sbom: string}): string {
  return `${JSON.stringify({format: 'ax-security-dashboard', version: 1, page: urls.page, siteSbom: urls.sbom, ...d}, null, 2)}\n`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Atom 1.0: `updated` is the newest scan, never the build time; one entry per finding. */
export function atomFeed(d: SecurityDashboard, siteUrl: string, urls: {page: string; feed: string}): string {
  const page = `${siteUrl}${urls.page}`;
  const entries = d.scans.flatMap((s) =>
    s.findings.map((f) => {
      const status = s.stale ? 'scan too old to attest' : f.status === 'excepted' ? `excepted until ${f.exception!.expires}` : f.late ? `open past its ${f.slaHours} h SLA` : 'open, within its SLA';
      return [
        '  <entry>',
        `    <id>${esc(`${page}#${s.component}-${s.ecosystem}-${f.advisory}-${f.package}`)}</id>`,
        `    <title>${esc(`[${f.severity}] ${f.advisory}: ${f.package} ${f.version} (${s.componentName}, ${s.ecosystem})`)}</title>`,
        `    <updated>${s.takenAt}</updated>`,
        `    <published>${f.published}</published>`,
        `    <link href="${esc(page)}"/>`,
        `    <category term="${f.severity}"/>`,
        `    <summary>${esc(`${f.summary}. Status: ${status}. ${f.fixed ? `Fixed in ${f.fixed}.` : 'No fixed version yet.'}`)}</summary>`,
        '  </entry>',
      ].join('\n');
    }),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${esc(page)}</id>`,
    '  <title>ax platform security advisories</title>',
    `  <subtitle>${esc(`Findings from committed scan snapshots (${d.source}). Scans from ${d.asOf.oldest} to ${d.asOf.newest}.`)}</subtitle>`,
    `  <updated>${d.asOf.newest}</updated>`,
    `  <link rel="self" href="${esc(`${siteUrl}${urls.feed}`)}"/>`,
    `  <link href="${esc(page)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
