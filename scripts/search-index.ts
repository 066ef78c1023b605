import {existsSync} from 'node:fs';
import path from 'node:path';
import type {ClientOptions} from './search/algolia-push';
import {defaultExcludeRoutes} from '../plugins/local-search/options';
import {readBuiltPages} from '../plugins/local-search/read-build';
import {sitemapPaths} from './lib/sitemap';
import {pushRecords} from './search/algolia-push';
import {buildAlgoliaRecords} from './search/algolia-records';
import {siteUrlFromEnv} from '../src/site/site-url';

export interface SearchIndexArgs {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** Requester and hosts for the Algolia client; tests point these at a local server. */
  clientOptions?: ClientOptions;
}

const REQUIRED = ['ALGOLIA_APP_ID', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;

/** `npm run search:index [-- --build-dir build] [--dry-run]`: builds Algolia records from the built site and pushes them. */
export async function main({argv, cwd, env, log = console.log, clientOptions}: SearchIndexArgs): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const dirFlag = argv.indexOf('--build-dir');
  const buildDir = path.resolve(cwd, dirFlag >= 0 ? argv[dirFlag + 1] ?? '' : 'build');
  if (!existsSync(path.join(buildDir, 'sitemap.xml'))) {
    log(`search:index: no built site in ${buildDir} (sitemap.xml missing). Run \`npm run build\` first.`);
    return 2;
  }
  const missing = REQUIRED.filter((name) => !env[name]?.trim());
  if (missing.length && !dryRun) {
    log(`search:index: unexpected empty ${missing.join(', ')}, expected all of ${REQUIRED.join(', ')} to be set. The admin key is read from the environment only.`);
    return 2;
  }
  const pages = await readBuiltPages(buildDir, await sitemapPaths(buildDir), defaultExcludeRoutes);
  const records = buildAlgoliaRecords(pages, siteUrlFromEnv(env));
  if (dryRun) {
    log(`search:index: ${records.length} records from ${pages.length} pages (dry run, nothing pushed)`);
    return 0;
  }
  try {
    const target = {appId: env.ALGOLIA_APP_ID!.trim(), adminKey: env.ALGOLIA_ADMIN_API_KEY!.trim(), indexName: env.ALGOLIA_INDEX_NAME!.trim()};
    const result = await pushRecords(target, records, clientOptions);
    log(`search:index: pushed ${result.records} records from ${pages.length} pages to ${target.indexName} in ${result.batches} batch(es)`);
    return 0;
  } catch (error) {
    log(`search:index: the push to Algolia failed: ${(error as Error).message}`);
    return 2;
  }
}

if (require.main === module) {
  void main({argv: process.argv.slice(2), cwd: process.cwd(), env: process.env}).then((code) => process.exit(code));
}
