import {explain} from '../src/error-catalog/explain';
import {siteUrlFromEnv} from '../src/site/site-url';
import {runBin, writeLine, type CliIo} from './lib/cli';

const usage = 'Usage: npm run explain -- <ERROR-ID>\nPrints the catalog entry of an error ID (or alias), in any case, e.g. npm run explain -- AX1042';

/** `npm run explain -- <ID>`: prints an error's title, causes, fixes and link. Exit 0 found, 1 unknown, 2 usage. */
export async function main({argv, env, stdout, stderr}: CliIo): Promise<number> {
  const ids = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('--help')) {
    writeLine(stdout, usage);
    return 0;
  }
  if (ids.length !== 1) {
    writeLine(stderr, usage);
    return 2;
  }
  const r = explain(ids[0]!, siteUrlFromEnv(env));
  writeLine(r.ok ? stdout : stderr, r.text);
  return r.ok ? 0 : 1;
}

if (require.main === module) runBin(main);
