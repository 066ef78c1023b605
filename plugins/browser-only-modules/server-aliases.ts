/**
 * Resolver aliases that swap each package for an empty module. `name$` matches the bare import
 * only, so a subpath import that server code really needs still fails loudly instead of silently
 * becoming empty.
 */
export function serverAliases(modules: readonly string[]): Record<string, false> {
  return Object.fromEntries(modules.map((m) => [`${m}$`, false]));
}
