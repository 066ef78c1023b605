/**
 * What `ax plugin init` fills in when a flag is left out, derived from the template registry
 * and the runtime releases. Plain functions over plain data, with no schema and no compiler,
 * so the CLI spec can import them; nothing here imports the CLI spec.
 */

/** The fields of a registry entry the defaults depend on. */
export interface TemplateClaims {
  archetype: string;
  datastores: readonly string[];
  compatibility: {runtimes: readonly string[]};
}

/** The fields of a runtime release the defaults depend on. */
export interface ReleaseStatus {
  version: string;
  planned?: boolean;
}

/** `--runtime` left out: the newest released (not planned) runtime the template claims. */
export function defaultRuntime(template: TemplateClaims, releases: readonly ReleaseStatus[]): string | undefined {
  const released = new Set(releases.filter((r) => !r.planned).map((r) => r.version));
  return releases.map((r) => r.version).filter((v) => released.has(v) && template.compatibility.runtimes.includes(v)).at(-1);
}

/** The CLI reference's `--runtime` default: the newest released runtime any template claims. */
export function newestTemplateRuntime(templates: readonly TemplateClaims[], releases: readonly ReleaseStatus[]): string {
  const defaults = new Set(templates.map((t) => defaultRuntime(t, releases)));
  return releases.map((r) => r.version).filter((v) => defaults.has(v)).at(-1) ?? 'newest supported';
}

/** `--datastore` left out: the first datastore the template lists. */
export const defaultDatastore = (template: TemplateClaims): string => template.datastores[0]!;

/** The name of each template's sample plugin, in its scaffold's manifest and source; `ax plugin init <name>` replaces it. */
export const samplePluginName = (archetype: string): string => `hello-${archetype}`;

/** Templates that offer a datastore besides none, for the `--datastore` flag's description. */
export const templatesWithDatastores = (templates: readonly TemplateClaims[]): string[] => templates.filter((t) => t.datastores.some((d) => d !== 'none')).map((t) => t.archetype);
