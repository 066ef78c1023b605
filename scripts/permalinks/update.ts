import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {loadSiteModel, siteRoutes} from '../../src/checks';
import {permalinksFile, readPermalinks} from '../../src/checks/site-files';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';

const header = `# Every URL ax docs has published. \`npm run check\` fails when one of them is neither
# built nor redirected (rule permalinks/missing). Refresh at release time with
# \`npm run permalinks:update\`, which adds the release's URLs and keeps every older one.
`;

/** `npm run permalinks:update`: adds today's pages and routes to the manifest; never drops a URL. */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  const rootFlag = argv.indexOf('--root');
  if (rootFlag >= 0 && !argv[rootFlag + 1]) {
    writeLine(stderr, 'permalinks:update: Unexpected --root without a folder, expected --root <dir>');
    return exitCode.toolFailure;
  }
  const root = path.resolve(cwd, rootFlag >= 0 ? argv[rootFlag + 1]! : '.');
  let model;
  try {
    model = await loadSiteModel(root);
  } catch (error) {
    writeLine(stderr, `permalinks:update: could not run: ${(error as Error).message}`);
    return exitCode.toolFailure;
  }
  const routes = await siteRoutes(model);
  const current = [...routes.pageByRoute.keys(), ...[...routes.otherRoutes].filter((r) => !/\.[a-z0-9]+$/i.test(r))];
  const previous = (readPermalinks(root) ?? []).map((p) => p.url);
  // `current` holds the redirect sources too: the route index counts them as built pages.
  const urls = [...new Set([...previous, ...current])].sort();
  writeFileSync(path.join(root, permalinksFile), `${header}${urls.join('\n')}\n`);
  writeLine(stdout, `${permalinksFile}: ${urls.length} URLs (${urls.length - previous.length} new)`);
  return exitCode.clean;
}

if (require.main === module) runBin(main);
