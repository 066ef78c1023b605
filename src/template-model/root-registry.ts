import {existsSync} from 'node:fs';
import path from 'node:path';
import {require as tsxRequire} from 'tsx/cjs/api';

/** The template registry of a site tree, relative to its root. */
export const templateRegistryFile = 'templates/registry.ts';

/**
 * The archetypes of the template registry at `root`, loaded with tsx so the route index judges
 * the tree it is given, or none when the tree has no registry or it does not load (the
 * `templates/registry` rule reports that). No schema and no compiler: the route index is read
 * by every check run.
 */
export function templateArchetypes(root: string): string[] {
  const file = path.join(root, templateRegistryFile);
  if (!existsSync(file)) return [];
  try {
    const {templateRegistry} = tsxRequire(file, __filename) as {templateRegistry?: unknown};
    if (!Array.isArray(templateRegistry)) return [];
    return templateRegistry.flatMap((t: unknown) => {
      const archetype = (t as {archetype?: unknown} | null)?.archetype;
      return typeof archetype === 'string' && /^[a-z][a-z0-9-]*$/.test(archetype) ? [archetype] : [];
    });
  } catch {
    return [];
  }
}
