import {teams} from '../content-model/registry/teams';
import type {Finding} from './finding';
import {freshness, type FreshnessStatus} from './freshness';
import type {SiteModel} from './site-model';

/** One page on the health report. */
export interface HealthPage {
  file: string;
  title: string;
  route: string | null;
  kind: string;
  lastReviewed: string;
  dueDate: string;
  ageDays: number;
  /** Days past due (positive) or until due (negative). */
  daysOverdue: number;
  status: FreshnessStatus;
  /** A covered source changed after the last review. */
  drifted: boolean;
}

/** One owner team's share of the site. */
export interface TeamHealth {
  id: string;
  name: string;
  pages: number;
  /** Past due, oldest first. */
  stale: HealthPage[];
  /** In the last 20% of the interval, soonest first. */
  dueSoon: HealthPage[];
  drifted: HealthPage[];
}

/** `/health/report.json`, and the data of the doc health page. */
export interface HealthReport {
  /** Day the report judges freshness against (the build date). */
  date: string;
  totals: {pages: number; stale: number; dueSoon: number; drifted: number; errors: number; warnings: number};
  teams: TeamHealth[];
}

/** Judges every page with valid front matter, grouped by owner team. */
export function buildHealthReport(site: SiteModel, findings: readonly Finding[]): HealthReport {
  const drifted = new Set(findings.filter((f) => f.ruleId === 'freshness/drift' && f.severity === 'error').map((f) => f.file));
  const byTeam = new Map<string, HealthPage[]>(teams.map((t) => [t.id, []]));
  for (const page of site.pages) {
    const data = page.validation.data;
    if (!data) continue;
    const f = freshness(data.last_reviewed, data.kind, site.today, data.review_interval);
    byTeam.get(data.owner)?.push({
      file: page.file,
      title: data.title,
      route: page.route?.route ?? null,
      kind: data.kind,
      lastReviewed: data.last_reviewed,
      dueDate: f.dueDate,
      ageDays: f.ageDays,
      daysOverdue: -f.daysUntilDue,
      status: f.status,
      drifted: drifted.has(page.file),
    });
  }
  const teamHealth = teams.map((t): TeamHealth => {
    const pages = byTeam.get(t.id)!;
    return {
      id: t.id,
      name: t.name,
      pages: pages.length,
      stale: pages.filter((p) => p.status === 'stale').sort((a, b) => b.daysOverdue - a.daysOverdue || a.file.localeCompare(b.file)),
      dueSoon: pages.filter((p) => p.status === 'due-soon').sort((a, b) => b.daysOverdue - a.daysOverdue || a.file.localeCompare(b.file)),
      drifted: pages.filter((p) => p.drifted).sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed) || a.file.localeCompare(b.file)),
    };
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const sum = (k: 'stale' | 'dueSoon' | 'drifted') => teamHealth.reduce((n, t) => n + t[k].length, 0);
  return {
    date: site.today,
    totals: {pages: teamHealth.reduce((n, t) => n + t.pages, 0), stale: sum('stale'), dueSoon: sum('dueSoon'), drifted: sum('drifted'), errors, warnings: findings.length - errors},
    teams: teamHealth,
  };
}
