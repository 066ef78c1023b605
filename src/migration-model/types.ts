/** Plain data shared by the migration model, the build plugin and the pages that render it. */
import type {RuntimeRelease} from './release';

export type {RuntimeRelease} from './release';

/** How an API behaves on one runtime release. */
export type CellStatus = 'unavailable' | 'supported' | 'deprecated' | 'removed';

/** What an API looks like on one runtime release. */
export interface MatrixCell {
  runtime: string;
  status: CellStatus;
  /** Day the API goes (or went) away, for deprecated and removed cells. */
  removalDate?: string;
  /** Migration step, for deprecated and removed cells. */
  href?: string;
}

/** One row of the compatibility matrix: a plugin API surface or a manifest version. */
export interface MatrixRow {
  /** Qualified name, for example `v1.ContextV1.on`. */
  id: string;
  /** API version the declaration belongs to: `v1` or `v2`. */
  api: string;
  /** Surface the API belongs to, from its `@category`: Lifecycle, Events, Manifest… */
  surface: string;
  kind: 'function' | 'interface' | 'method' | 'property' | 'manifest';
  summary: string;
  since: string;
  deprecated?: string;
  removed?: string;
  deprecationDate?: string;
  removalDate?: string;
  /** Qualified name of the replacement, from the `{@link}` in `@deprecated`. */
  replacement?: string;
  /** Site path of the migration step, with its anchor. */
  migrationHref?: string;
  /** Site path of the API's reference page. */
  referenceHref: string;
  /** Declaration file and line, for people fixing the source. */
  source: string;
  cells: MatrixCell[];
}

/** Everything the migration pages render, also emitted as `/migration/compatibility.json`. */
export interface CompatibilityData {
  releases: RuntimeRelease[];
  rows: MatrixRow[];
  /** The migration guide's steps, in order, for the upgrade checklist. */
  steps: {id: string; title: string; href: string}[];
}
