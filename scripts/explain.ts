import {explain} from '../errors/explain';
import {siteUrlFromEnv} from '../src/site/site-url';

export interface CliIo {
  argv: string[];
  env?: NodeJS.ProcessEnv;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

/** `npm run explain -- <ID>`: prints an error's title, causes, fixes and link. Exit 0 found, 1 unknown, 2 usage. */
export function main({argv, env = process.env, stdout = console.log, stderr = console.error}: CliIo): number {
  const ids = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('--help') || ids.length !== 1) {
    (ids.length === 1 ? stdout : stderr)('Usage: npm run explain -- <ERROR-ID>\nPrints the catalog entry of an error ID (or alias), in any case, e.g. npm run explain -- AX1042');
    return argv.includes('--help') ? 0 : 2;
  }
  const r = explain(ids[0]!, siteUrlFromEnv(env));
  (r.ok ? stdout : stderr)(r.text);
  return r.ok ? 0 : 1;
}

if (require.main === module) process.exit(main({argv: process.argv.slice(2)}));
