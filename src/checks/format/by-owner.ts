import {findTeam} from '../../content-model/registry/teams';
import type {Finding} from '../finding';
import type {HealthPage, HealthReport} from '../health';

/** A Markdown digest per owner team, ready to send: what is stale, due, drifted or broken. */
export function formatByOwner(report: HealthReport, findings: readonly Finding[], ownerOf: ReadonlyMap<string, string>): string {
  const out = [`# ax docs health digest, ${report.date}`, ''];
  const row = (p: HealthPage, when: string) => `| \`${p.file}\` | ${p.kind} | ${p.lastReviewed} | ${when} |`;
  for (const team of report.teams) {
    const teamFindings = findings.filter((f) => ownerOf.get(f.file) === team.id && !/^freshness\/(stale|due-soon)$/.test(f.ruleId));
    out.push(`## ${team.name} (\`${team.id}\`)`, '');
    out.push(`${team.pages} page(s): ${team.stale.length} stale, ${team.dueSoon.length} due soon, ${team.drifted.length} drifted, ${teamFindings.length} other finding(s). Chat: ${findTeam(team.id)?.channel ?? 'none'}.`, '');
    if (team.stale.length) {
      out.push('### Stale, oldest first', '', '| Page | Kind | Last reviewed | Overdue |', '| --- | --- | --- | --- |');
      out.push(...team.stale.map((p) => row(p, `${p.daysOverdue} day(s), due ${p.dueDate}`)), '');
    }
    if (team.dueSoon.length) {
      out.push('### Due soon', '', '| Page | Kind | Last reviewed | Due |', '| --- | --- | --- | --- |');
      out.push(...team.dueSoon.map((p) => row(p, `${p.dueDate}, in ${-p.daysOverdue} day(s)`)), '');
    }
    if (teamFindings.length) {
      out.push('### Other findings', '');
      out.push(...teamFindings.map((f) => `- \`${f.file}:${f.line}\` ${f.severity}: ${f.message} (\`${f.ruleId}\`)`), '');
    }
    if (!team.stale.length && !team.dueSoon.length && !teamFindings.length) out.push('Nothing to do.', '');
  }
  const unowned = findings.filter((f) => !ownerOf.has(f.file));
  if (unowned.length) {
    out.push('## Site files and pages without a valid owner', '', 'Triaged by the docs team.', '');
    out.push(...unowned.map((f) => `- \`${f.file}:${f.line}\` ${f.severity}: ${f.message} (\`${f.ruleId}\`)`), '');
  }
  return out.join('\n').trimEnd();
}
