import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {loadSiteModel, siteRoutes} from '../../src/checks';
import {permalinksFile, readPermalinks} from '../../src/checks/site-files';

const header = `# Every URL ax docs has published. \`npm run check\` fails when one of them is neither
# built nor redirected (rule permalinks/missing). Refresh at release time with
# \`npm run permalinks:update\`, which adds the release's URLs and keeps every older one.
`;

/** `npm run permalinks:update`: adds today's pages and routes to the manifest; never drops a URL. */
export async function main({argv = process.argv.slice(2), cwd = process.cwd(), log = console.log} = {}): Promise<number> {
  const rootFlag = argv.indexOf('--root');
  const root = path.resolve(cwd, rootFlag >= 0 ? argv[rootFlag + 1]! : '.');
  const model = await loadSiteModel(root);
  const routes = await siteRoutes(model);
  const current = [...routes.pageByRoute.keys(), ...[...routes.otherRoutes].filter((r) => !/\.[a-z0-9]+$/i.test(r))];
  const previous = (readPermalinks(root) ?? []).map((p) => p.url);
  // `current` holds the redirect sources too: the route index counts them as built pages.
  const urls = [...new Set([...previous, ...current])].sort();
  writeFileSync(path.join(root, permalinksFile), `${header}${urls.join('\n')}\n`);
  log(`${permalinksFile}: ${urls.length} URLs (${urls.length - previous.length} new)`);
  return 0;
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
