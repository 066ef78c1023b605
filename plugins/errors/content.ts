import path from 'node:path';
import {errorCatalog} from '../../src/error-catalog';
import {cliCommandRows, cliPages, type CliCommandRow, type CliPageData} from '../../src/error-catalog/cli-pages';
import {rankErrors, readFrequencySnapshot} from '../../src/error-catalog/frequency';
import {errorIndex, errorPages, redirectVariants, type ErrorIndexData, type ErrorPageData} from '../../src/error-catalog/view-model';
import type {PluginOptions} from './options';

/** Everything the plugin's routes and files need; plain data, passed to pages as props. */
export interface ErrorsContent {
  pages: ErrorPageData[];
  index: ErrorIndexData;
  /** Aliases as written: each gets a route that forwards to the canonical page. */
  redirects: Array<{from: string; to: string}>;
  /**
   * Lower-case spellings of IDs and aliases. The client router matches paths without regard
   * to case, so `/errors/ax1042` cannot be a route of its own beside `/errors/AX1042`; these
   * become static forwarding files after the build instead.
   */
  lowercaseRedirects: Array<{from: string; to: string}>;
  cliPages: CliPageData[];
  cliCommands: CliCommandRow[];
}

/**
 * Reads the frequency snapshot and derives the pages. The catalog's integrity is checked by
 * the `catalog/*` rules, which the doc-checks plugin runs in the same build.
 */
export function loadErrorsContent(siteDir: string, options: PluginOptions): ErrorsContent {
  const snapshot = readFrequencySnapshot(path.resolve(siteDir, options.frequencySnapshot));
  const {ranked} = rankErrors(snapshot, errorCatalog);
  const pages = errorPages(errorCatalog, ranked);
  const {aliases, lowercase} = redirectVariants(errorCatalog);
  return {
    pages,
    index: errorIndex(pages, ranked, options.topCount, snapshot.window),
    redirects: aliases,
    lowercaseRedirects: lowercase,
    cliPages: cliPages(errorCatalog),
    cliCommands: cliCommandRows(),
  };
}
