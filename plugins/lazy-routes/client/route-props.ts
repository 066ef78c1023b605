import type {ChunkNames} from '@docusaurus/types';

/**
 * A route's chunk names form a tree: `{__comp: "a1b2", content: "c3d4", items: [{content: "e5f6"}]}`.
 * react-loadable loads a flat map, so the tree goes out as leaves keyed by their dotted path
 * ("items.0.content", Docusaurus's `flat`) and comes back as the same tree with each chunk name
 * replaced by what its module exports: the route component's props.
 */

/** What react-loadable hands back: each leaf's module, by the leaf's dotted path. */
export type LoadedModules = Record<string, {default?: unknown; [name: string]: unknown}>;

const isBranch = (value: unknown): value is ChunkNames | ChunkNames[] => typeof value === 'object' && value !== null && Object.keys(value).length > 0;

/**
 * What a loaded module gives its route: its default export, carrying the module's other exports
 * as properties (an MDX page's `frontMatter`, `toc` and `metadata` ride on its component). A
 * module is a component or JSON props, so a missing default export is a build mistake.
 */
function exported(path: string, keyPath: string, module: LoadedModules[string]): unknown {
  const value = module.default;
  if (value === undefined || value === null) {
    throw new Error(`Unexpected module without a default export for "${keyPath}" of route ${path}, expected a component or JSON props`);
  }
  if (typeof value === 'object' || typeof value === 'function') {
    for (const [name, named] of Object.entries(module)) if (name !== 'default') (value as Record<string, unknown>)[name] = named;
  }
  return value;
}

/** The tree with each loaded leaf replaced by its module's export; leaves not loaded keep their chunk name. */
export function routeProps(path: string, tree: ChunkNames | ChunkNames[], loaded: LoadedModules, prefix = ''): unknown {
  const rebuild = (key: string, value: unknown): unknown => {
    const keyPath = prefix ? `${prefix}.${key}` : key;
    if (isBranch(value)) return routeProps(path, value, loaded, keyPath);
    const module = loaded[keyPath];
    return module ? exported(path, keyPath, module) : value;
  };
  if (Array.isArray(tree)) return tree.map((value, i) => rebuild(String(i), value));
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, rebuild(key, value)]));
}
