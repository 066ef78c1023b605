import {docsInstances, generatedBases, routes, unsearchedRoutes} from '../../src/routes/table';

/**
 * Page kinds: pages built by the same component or layout, so one of each is a fair sample for
 * the slow pa11y-ci audit (htmlcs + axe) while axe alone audits every page. A kind is a list of
 * path patterns built from the route table; the first kind that matches a path wins, so specific
 * kinds come before the families they sit in. A sitemap path that matches no kind is a new kind
 * of page: the a11y step fails until it is added here.
 */
export interface PageKind {
  name: string;
  patterns: readonly RegExp[];
}

const escape = (route: string) => route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Exactly this route. */
const exact = (route: string) => new RegExp(`^${escape(route)}$`);
/** One path segment below `base`, e.g. one error's page below `/errors`. */
const child = (base: string) => new RegExp(`^${escape(base)}/[^/]+$`);
/** `base` and everything below it. */
const under = (base: string) => new RegExp(`^${escape(base)}(?:/.+)?$`);

/** The hand-written sections of the main docs instance (a new section is a new kind until listed). */
const docSections = ['start-here', 'tutorials', 'guides', 'reference', 'contributing'] as const;
const apiVersion = `${escape(generatedBases.apiReference)}/v\\d+`;

export const pageKinds: readonly PageKind[] = [
  {name: 'home', patterns: [exact(routes.home)]},
  {name: 'error catalog', patterns: [exact(routes.error())]},
  {name: 'error', patterns: [child(generatedBases.errors)]},
  {name: 'CLI command list', patterns: [exact(routes.cli())]},
  {name: 'CLI command', patterns: [child(generatedBases.cliReference)]},
  {name: 'API reference index', patterns: [exact(routes.apiReference()), new RegExp(`^${apiVersion}$`)]},
  {name: 'API reference declaration', patterns: [new RegExp(`^${apiVersion}/[^/]+/[^/]+$`)]},
  {name: 'compatibility matrix', patterns: [exact(routes.migration('compatibility'))]},
  {name: 'deprecations', patterns: [exact(routes.migration('deprecations'))]},
  {name: 'migration guide', patterns: [exact(routes.migration()), child(docsInstances.migration.base)]},
  {name: 'runbook index', patterns: [exact(routes.runbook())]},
  {name: 'runbook', patterns: [child(docsInstances.runbooks.base)]},
  {name: 'analytics overview', patterns: [exact(routes.analytics())]},
  {name: 'plugin analytics', patterns: [child(routes.analyticsPlugin('').replace(/\/$/, ''))]},
  {name: 'security dashboard', patterns: [exact(routes.security())]},
  {name: 'doc health', patterns: [exact(routes.health())]},
  {name: 'template comparison', patterns: [exact(routes.template())]},
  {name: 'template', patterns: [child(generatedBases.templates)]},
  {name: 'labs progress', patterns: [exact(routes.labProgress())]},
  {name: 'labs index', patterns: [exact(routes.lab())]},
  {name: 'lab', patterns: [child(generatedBases.labs)]},
  {name: 'recordings index', patterns: [exact(routes.recording())]},
  {name: 'recording', patterns: [child(generatedBases.recordings)]},
  {name: 'handoff binder', patterns: [under(routes.doc('handoff'))]},
  {name: 'office hours', patterns: [exact(routes.doc('office-hours'))]},
  {name: 'doc', patterns: docSections.map((s) => under(routes.doc(s)))},
  {name: 'not found', patterns: [exact(unsearchedRoutes[0])]},
  {name: 'search', patterns: [exact(unsearchedRoutes[1])]},
];

/** The kind a path belongs to, or undefined for a kind of page not listed yet. */
export function kindOf(path: string, kinds: readonly PageKind[] = pageKinds): PageKind | undefined {
  return kinds.find((k) => k.patterns.some((p) => p.test(path)));
}

export interface KindSample {
  /** One page of each kind that has pages: the first in path order, so runs audit the same page. */
  samples: {kind: string; path: string; pages: number}[];
  /** Paths of no kind. */
  unclassified: string[];
}

/** Groups `paths` by kind and picks one page of each. */
export function samplePerKind(paths: readonly string[], kinds: readonly PageKind[] = pageKinds): KindSample {
  const byKind = new Map<string, string[]>();
  const unclassified: string[] = [];
  for (const p of [...paths].sort()) {
    const kind = kindOf(p, kinds);
    if (!kind) unclassified.push(p);
    else byKind.set(kind.name, [...(byKind.get(kind.name) ?? []), p]);
  }
  const samples = kinds.filter((k) => byKind.has(k.name)).map((k) => ({kind: k.name, path: byKind.get(k.name)![0]!, pages: byKind.get(k.name)!.length}));
  return {samples, unclassified};
}
