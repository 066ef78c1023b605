import {existsSync} from 'node:fs';
import path from 'node:path';
import type {ClientOptions} from './search/algolia-push';
import {defaultExcludeRoutes} from '../plugins/local-search/options';
import {readBuiltPages} from '../plugins/local-search/read-build';
import {sitemapPaths} from './lib/sitemap';
import {pushRecords} from './search/algolia-push';
import {buildAlgoliaRecords} from './search/algolia-records';
import {siteUrlFromEnv} from '../src/site/site-url';
import {exitCode, runBin, writeLine, type CliIo} from './lib/cli';

export interface SearchIndexIo extends CliIo {
  /** Requester and hosts for the Algolia client; tests point these at a local server. */
  clientOptions?: ClientOptions;
}

const REQUIRED = ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;

/** `npm run search:index [-- --build-dir build] [--dry-run]`: builds Algolia records from the built site and pushes them. */
export async function main({argv, cwd, env, stdout, stderr, clientOptions}: SearchIndexIo): Promise<number> {
  const log = (line: string) => writeLine(stdout, line);
  const fail = (line: string) => {
    writeLine(stderr, line);
    return exitCode.toolFailure;
  };
  const dryRun = argv.includes('--dry-run');
  const dirFlag = argv.indexOf('--build-dir');
  const buildDir = path.resolve(cwd, dirFlag >= 0 ? argv[dirFlag + 1] ?? '' : 'build');
  if (!existsSync(path.join(buildDir, 'sitemap.xml'))) {
    return fail(`search:index: no built site in ${buildDir} (sitemap.xml missing). Run \`npm run build\` first.`);
  }
  const missing = REQUIRED.filter((name) => !env[name]?.trim());
  if (missing.length && !dryRun) {
    return fail(`search:index: unexpected empty ${missing.join(', ')}, expected all of ${REQUIRED.join(', ')} to be set. The admin key is read from the environment only.`);
  }
  const pages = await readBuiltPages(buildDir, await sitemapPaths(buildDir), defaultExcludeRoutes);
  const records = buildAlgoliaRecords(pages, siteUrlFromEnv(env));
  if (dryRun) {
    log(`search:index: ${records.length} records from ${pages.length} pages (dry run, nothing pushed)`);
    return exitCode.clean;
  }
  try {
    const target = {appId: env.ALGOLIA_APP_ID!.trim(), adminKey: env.ALGOLIA_ADMIN_API_KEY!.trim(), indexName: env.ALGOLIA_INDEX_NAME!.trim()};
    const result = await pushRecords(target, records, clientOptions);
    log(`search:index: pushed ${result.records} records from ${pages.length} pages to ${target.indexName} in ${result.batches} batch(es)`);
    return exitCode.clean;
  } catch (error) {
    return fail(`search:index: the push to Algolia failed: ${(error as Error).message}`);
  }
}

// The Algolia client's keep-alive agent would hold the process open.
if (require.main === module) runBin(main, {exitWhenDone: true});
