/** The error catalog's data, one source file per area; lookups and derivations live in src/error-catalog. */
export {catalogSources} from './catalog';
