/**
 * The ax error catalog as lookups: the docs site renders it, `npm run explain` prints it, and
 * the CLI bundles it for offline `ax explain`. The entries themselves are data in `errors/catalog`.
 */
import {catalogSources} from '../../errors/catalog';
import {routes} from '../routes/table';
import {statusOf, type ErrorEntry} from './entry';
import {normaliseErrorId} from './id';

export * from './entry';
export {catalogSources};

/** Every entry, active and retired, ordered by ID. */
export const errorCatalog: readonly ErrorEntry[] = catalogSources.flatMap((s) => s.errors).sort((a, b) => a.id.localeCompare(b.id));

/** How a looked-up ID or alias was resolved. */
export interface ErrorLookup {
  entry: ErrorEntry;
  /** The input matched an alias rather than the ID. */
  viaAlias: boolean;
}

/** Finds an entry by ID in any case (`ax1042`, `AX-1042`) or by one of its aliases, in any case. */
export function lookupError(idOrAlias: string, catalog: readonly ErrorEntry[] = errorCatalog): ErrorLookup | undefined {
  const id = normaliseErrorId(idOrAlias);
  const byId = id ? catalog.find((e) => e.id === id) : undefined;
  if (byId) return {entry: byId, viaAlias: false};
  const wanted = idOrAlias.trim().toUpperCase();
  const byAlias = catalog.find((e) => e.aliases.some((a) => a.toUpperCase() === wanted));
  return byAlias ? {entry: byAlias, viaAlias: true} : undefined;
}

/** The entry for an ID or alias, in any case, or undefined. */
export function findError(idOrAlias: string, catalog: readonly ErrorEntry[] = errorCatalog): ErrorEntry | undefined {
  return lookupError(idOrAlias, catalog)?.entry;
}

/** The site path of an error's page. */
export const errorPath = (id: string): string => routes.error(id);

export const activeErrors = (catalog: readonly ErrorEntry[] = errorCatalog) => catalog.filter((e) => statusOf(e) === 'active');
export const retiredErrorEntries = (catalog: readonly ErrorEntry[] = errorCatalog) => catalog.filter((e) => statusOf(e) === 'retired');
