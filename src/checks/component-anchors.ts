import {teams} from '../content-model/registry/teams';

/**
 * Anchors that React components render on the page that uses them. Markdown cannot show
 * them, so the anchor rule would call links to them broken (Docusaurus's own checker has
 * the opposite blind spot). A component that renders headings with ids registers them here,
 * or, when its anchors come from a module that depends on this one, calls
 * {@link registerComponentAnchors} there (the rule list registers `RuleList`).
 */
const providers: Record<string, () => readonly string[]> = {
  OwnershipMatrix: () => ['teams', ...teams.map((t) => `team-${t.id}`)],
};

/** Registers the anchors a component renders, for the anchor rule. */
export function registerComponentAnchors(component: string, anchors: () => readonly string[]): void {
  providers[component] = anchors;
}

/** Anchors rendered by the component with this JSX name, if it is known. */
export function componentAnchors(component: string): readonly string[] {
  return providers[component]?.() ?? [];
}
