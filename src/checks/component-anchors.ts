import {teams} from '../content-model/registry/teams';
import {slugify} from './slug';

/**
 * Anchors that React components render on the page that uses them. Markdown cannot show
 * them, so the anchor rule would call links to them broken (Docusaurus's own checker has
 * the opposite blind spot). A component that renders headings with ids registers them here.
 */
const providers: Record<string, () => readonly string[]> = {
  OwnershipMatrix: () => ['teams', ...teams.map((t) => `team-${t.id}`)],
  // Required lazily: the rule list imports the rules, which import this module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  RuleList: () => (require('./rules') as typeof import('./rules')).allRules.map((r) => slugify(r.meta.id.replace(/[^a-z0-9]+/gi, '-'))),
};

/** Registers the anchors a component renders, for the anchor rule. */
export function registerComponentAnchors(component: string, anchors: () => readonly string[]): void {
  providers[component] = anchors;
}

/** Anchors rendered by the component with this JSX name, if it is known. */
export function componentAnchors(component: string): readonly string[] {
  return providers[component]?.() ?? [];
}
