import {kpiSchema, type Kpi, type KpiInput} from '../src/binder/kpi-schema';

/**
 * The success metrics of PRD §7 and the targets its items set. Only definitions live here:
 * every actual value is read from the KPI's source (src/binder/kpi-measurements.ts), and a KPI
 * whose source is `none` shows "No data" on the scorecard.
 */
const kpiInputs = [
  {id: 'community-plugins', name: 'Community plugins', unit: 'count', direction: 'higher-is-better', target: 15, atRisk: 10, owner: 'runtime', source: 'none', definition: 'Plugins published to the marketplace by the community; the telemetry does not tell community plugins from first-party ones, so there is no source yet.', freshnessDays: 30},
  {id: 'weekly-active-developers', name: 'Weekly active developers', unit: 'count', direction: 'higher-is-better', target: 200, atRisk: 150, owner: 'product', source: 'analytics-snapshot', definition: 'Distinct developers with at least one event in the last complete ISO week of the analytics export.', freshnessDays: 14},
  {id: 'template-adoption', name: 'Template usage', unit: 'ratio', direction: 'higher-is-better', target: 0.5, atRisk: 0.4, owner: 'cli', source: 'analytics-snapshot', definition: 'Share of published plugins that were scaffolded from a template.', freshnessDays: 14},
  {id: 'search-conversion-change', name: 'Marketplace search conversion change', unit: 'change', direction: 'higher-is-better', target: 0.15, atRisk: 0.05, owner: 'runtime', source: 'analytics-snapshot', definition: 'Relative change in search-to-install conversion from the first to the last complete week of the export.', freshnessDays: 14},
  {id: 'critical-response-hours', name: 'Critical security response', unit: 'hours', direction: 'lower-is-better', target: 24, atRisk: 48, owner: 'devops', source: 'security-snapshots', definition: 'Hours the oldest open critical advisory has been open across the security scans; 0 when none is open.', freshnessDays: 7},
  {id: 'uptime', name: 'Platform uptime', unit: 'ratio', direction: 'higher-is-better', target: 0.999, atRisk: 0.995, owner: 'devops', source: 'none', definition: 'Share of minutes the runtime and marketplace served; no uptime monitor feeds this site yet.', freshnessDays: 30},
  {id: 'helpfulness', name: 'Docs helpfulness', unit: 'ratio', direction: 'higher-is-better', target: 0.95, atRisk: 0.9, owner: 'docs', source: 'analytics-snapshot', definition: 'Share of "was this page helpful" answers that are yes.', freshnessDays: 14},
  {id: 'stakeholders-trained', name: 'Stakeholders trained', unit: 'ratio', direction: 'higher-is-better', target: 1, atRisk: 0.8, owner: 'product', source: 'none', definition: 'Share of named stakeholders with a recorded training session; there are no training records yet.', freshnessDays: 30},
  {id: 'lab-completion', name: 'Lab completion', unit: 'ratio', direction: 'higher-is-better', target: 0.8, atRisk: 0.6, owner: 'docs', source: 'analytics-snapshot', definition: 'Developers who completed a lab, divided by those who started one, over every lab.', freshnessDays: 14},
  {id: 'tests-passing', name: 'Tests passing', unit: 'ratio', direction: 'higher-is-better', target: 1, atRisk: 0.98, owner: 'quality', source: 'test-evidence', definition: 'Passed tests divided by run tests, from the JUnit XML evidence committed at handoff/evidence/junit.xml.', freshnessDays: 7},
] as const satisfies readonly KpiInput[];

export const kpis: readonly Kpi[] = kpiInputs.map((k) => kpiSchema.parse(k));
