import {existsSync} from 'node:fs';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {startStaticServer} from '../lib/static-server';

/** Serves `build/` on loopback for the browser tests; `npm test` builds it first. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = path.resolve(process.env.AX_DOCS_BUILD_DIR ?? 'build');
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}: run \`npm run build\` before the browser tests (npm test does this for you).`);
  }
  const server = await startStaticServer(dir);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
