/**
 * The error catalog's types. An error ID is `AX` and four digits; the first two digits name
 * the area (see `areas`), so an ID tells a reader where to look before they open the page.
 * IDs are never reused: a retired ID keeps its page and points at its replacement.
 */

/** Canonical ID format. */
export const ERROR_ID_PATTERN = /^AX\d{4}$/;
/** Alias format: older symbolic codes (v1 CLI, runtime, marketplace API), URL-safe. */
export const ALIAS_PATTERN = /^[A-Z][A-Z0-9_-]{2,47}$/;

/** Areas and the ID range each one owns. */
export const areas = {
  auth: {label: 'Auth', from: 1000, to: 1099, component: 'cli', owner: 'cli'},
  config: {label: 'Config', from: 1100, to: 1199, component: 'cli', owner: 'cli'},
  network: {label: 'Network', from: 1200, to: 1299, component: 'cli', owner: 'cli'},
  'plugin-manifest': {label: 'Plugin manifest', from: 2000, to: 2099, component: 'templates', owner: 'cli'},
  runtime: {label: 'Runtime', from: 3000, to: 3099, component: 'runtime', owner: 'runtime'},
  'publish-marketplace': {label: 'Publish and marketplace', from: 4000, to: 4099, component: 'marketplace', owner: 'runtime'},
  telemetry: {label: 'Telemetry', from: 5000, to: 5099, component: 'telemetry', owner: 'devops'},
  'governance-policy': {label: 'Governance policy', from: 6000, to: 6099, component: 'governance', owner: 'runtime'},
  upgrade: {label: 'Upgrade', from: 7000, to: 7099, component: 'runtime', owner: 'runtime'},
} as const;

export type Area = keyof typeof areas;
export const areaIds = Object.keys(areas) as Area[];

/** How bad it is: `fatal` stops the command or the plugin, `error` fails one operation, `warning` does not fail. */
export const severities = ['fatal', 'error', 'warning'] as const;
export type Severity = (typeof severities)[number];

/** Types of the placeholders in a message template. */
export type ParamType = 'string' | 'integer' | 'version' | 'duration' | 'path' | 'url' | 'timestamp' | 'id' | 'command';

/** One ordered, actionable step of a fix. */
export interface Fix {
  /** What to do, as one sentence. May quote `ax …` commands in backticks; they are checked. */
  step: string;
  /** A command to run for this step, checked against the CLI spec (strictly). */
  command?: string;
  /** CLI versions the step applies to, as a range such as `>=2.1.0` or `>=2.0.0 <2.1.0`; all when absent. */
  versions?: string;
}

/** A link from an error to another error or to a page of this site. */
export type Related = {error: string} | {doc: string; label: string};

/** One entry of the catalog, as written in `errors/catalog/*.ts`. */
export interface ErrorEntry {
  /** `AX` and four digits, in the range of the area. */
  id: string;
  /** A short noun phrase, shown after the ID in the page title. */
  title: string;
  area: Area;
  severity: Severity;
  /** The text the CLI prints, with `{name}` placeholders typed in `params`. */
  message: string;
  /** The type of each placeholder in `message`. */
  params: Readonly<Record<string, ParamType>>;
  /** Why it happens, most likely first. */
  causes: readonly string[];
  /** What to do, in order. */
  fixes: readonly Fix[];
  /** Runbooks, guides and other errors. */
  related: readonly Related[];
  /** CLI or platform version that first emitted it. */
  introducedIn: string;
  /** Version that stopped emitting it. */
  retiredIn?: string;
  /** The ID emitted instead, for retired errors. */
  replacedBy?: string;
  /** Why it was retired, for a retired error without a single replacement. */
  retiredNote?: string;
  /** Older codes that mean the same error; each gets a redirect to this page. */
  aliases: readonly string[];
}

/** Placeholder names of a message template, at the type level: `'a {x} b {y}'` gives `'x' | 'y'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** An entry whose `params` must name exactly the placeholders of its `message`. */
export type TypedErrorEntry<M extends string> = Omit<ErrorEntry, 'message' | 'params' | 'aliases' | 'related'> & {
  message: M;
  params: {readonly [K in Placeholders<M>]: ParamType};
  aliases?: readonly string[];
  related?: readonly Related[];
};

/** Declares an entry so that the compiler checks its message placeholders against `params`. */
export function defineError<const M extends string>(entry: TypedErrorEntry<M>): ErrorEntry {
  return {aliases: [], related: [], ...entry};
}

/** A group of entries and the file they were written in, so integrity findings can name it. */
export interface CatalogSource {
  file: string;
  errors: readonly ErrorEntry[];
}

export const statusOf = (e: Pick<ErrorEntry, 'retiredIn'>): 'active' | 'retired' => (e.retiredIn ? 'retired' : 'active');
