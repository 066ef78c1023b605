/**
 * The error catalog's entry type, as written in `errors/catalog/*.ts`, and `defineError`, which
 * the catalog files use. The shape is the one of `catalog.json` (see `schema.ts`) minus what
 * the build adds, so it is written once. IDs are never reused: a retired ID keeps its page and
 * points at its replacement. Imports types only, so loading the catalog loads no zod.
 */
import type {ParamType} from './areas';
import type {CatalogJsonError} from './schema';

export * from './areas';

/** One entry of the catalog, as written in `errors/catalog/*.ts`. */
export type ErrorEntry = Omit<CatalogJsonError, 'status' | 'url'>;

/** One ordered, actionable step of a fix. */
export type Fix = ErrorEntry['fixes'][number];

/** A link from an error to another error or to a page of this site. */
export type Related = ErrorEntry['related'][number];

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
  const {aliases = [], related = [], ...rest} = entry;
  return {...rest, params: {...entry.params}, aliases: [...aliases], related: [...related]};
}

/** A group of entries and the file they were written in, so findings can name it. */
export interface CatalogSource {
  /** Path relative to the site root, e.g. `errors/catalog/auth.ts`. */
  file: string;
  errors: readonly ErrorEntry[];
}
