import {createServer, type IncomingMessage, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {memoryIo} from '../../lib/cli';
import {main} from '../../search-index';
import type {ClientOptions} from '../algolia-push';

const fixtureBuild = path.join(__dirname, '__fixtures__/built-site');
const env = {ALGOLIA_APP_ID: 'AXTESTAPP', ALGOLIA_ADMIN_API_KEY: 'admin-key-for-tests', ALGOLIA_INDEX_NAME: 'ax_docs', AX_DOCS_URL: 'https://docs.ax.example'};

interface Seen {
  method: string;
  path: string;
  apiKey: string | undefined;
  appId: string | undefined;
  body: {requests?: {action: string; body: {objectID: string; hierarchy: {lvl1: string}; exact: string[]}}[]; operation?: string; destination?: string};
}

/** A stand-in for Algolia's REST API: answers the calls `replaceAllObjects` and `setSettings` make, and records them. */
function fakeAlgolia(seen: Seen[]): Server {
  return createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      seen.push({method: req.method ?? '', path: url.pathname, apiKey: req.headers['x-algolia-api-key'] as string | undefined, appId: req.headers['x-algolia-application-id'] as string | undefined, body: raw ? JSON.parse(raw) : {}});
      res.setHeader('content-type', 'application/json');
      if (req.headers['x-algolia-api-key'] !== env.ALGOLIA_ADMIN_API_KEY) {
        res.statusCode = 403;
        res.end(JSON.stringify({message: 'Invalid Application-ID or API key', status: 403}));
      } else if (/\/task\/\d+$/.test(url.pathname)) res.end(JSON.stringify({status: 'published'}));
      else if (req.method === 'POST' && url.pathname.endsWith('/batch')) res.end(JSON.stringify({taskID: 2, objectIDs: []}));
      else if (req.method === 'POST' && url.pathname.endsWith('/operation')) res.end(JSON.stringify({taskID: 1, updatedAt: '2026-11-24T00:00:00Z'}));
      else if (req.method === 'PUT' && url.pathname.endsWith('/settings')) res.end(JSON.stringify({taskID: 3, updatedAt: '2026-11-24T00:00:00Z'}));
      else {
        res.statusCode = 404;
        res.end(JSON.stringify({message: `unexpected ${req.method} ${url.pathname}`, status: 404}));
      }
    });
  });
}

/** The pluggable requester: plain fetch to the local server, so nothing reaches the internet. */
const fetchRequester: ClientOptions['requester'] = {
  async send(request) {
    const res = await fetch(request.url, {method: request.method, headers: request.headers, body: request.data as string | undefined});
    return {content: await res.text(), status: res.status, isTimedOut: false};
  },
};

let server: Server;
const seen: Seen[] = [];
let clientOptions: ClientOptions;
beforeAll(async () => {
  server = fakeAlgolia(seen);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  clientOptions = {requester: fetchRequester, hosts: [{url: '127.0.0.1', port, accept: 'readWrite', protocol: 'http'}]};
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('npm run search:index', () => {
  it('pushes one record per section, through a temporary index, with the admin key', async () => {
    const {io, stdoutLines} = memoryIo({argv: ['--build-dir', fixtureBuild], env});
    const code = await main({...io, clientOptions});
    expect(stdoutLines()).toEqual(['search:index: pushed 4 records from 2 pages to ax_docs in 1 batch(es)']);
    expect(code).toBe(0);
    expect(seen.every((s) => s.apiKey === env.ALGOLIA_ADMIN_API_KEY && s.appId === env.ALGOLIA_APP_ID)).toBe(true);
    const batch = seen.find((s) => s.path.endsWith('/batch'))!;
    expect(batch.path).toBe('/1/indexes/ax_docs_tmp_' + batch.path.split('_tmp_')[1]);
    expect(batch.body.requests!.map((r) => [r.action, r.body.objectID, r.body.exact])).toEqual([
      ['addObject', '/docs/start-here', []],
      ['addObject', '/docs/start-here#your-first-week', []],
      ['addObject', '/errors/AX1042', ['AX1042']],
      ['addObject', '/errors/AX1042#fixes', []],
    ]);
    // The temporary index is moved over the live one last, so readers never see a partial index.
    const moves = seen.filter((s) => s.body.operation === 'move');
    expect(moves.map((m) => m.body.destination)).toEqual(['ax_docs']);
    expect(seen.some((s) => s.method === 'PUT' && s.path === '/1/indexes/ax_docs/settings')).toBe(true);
  });

  it('refuses to run without the admin key in the environment', async () => {
    const {io, stderrLines} = memoryIo({argv: ['--build-dir', fixtureBuild], env: {...env, ALGOLIA_ADMIN_API_KEY: ''}});
    const code = await main({...io, clientOptions});
    expect(code).toBe(2);
    expect(stderrLines()).toMatchInlineSnapshot(`
      [
        "search:index: unexpected empty ALGOLIA_ADMIN_API_KEY, expected all of ALGOLIA_APP_ID, ALGOLIA_ADMIN_API_KEY, ALGOLIA_INDEX_NAME to be set. The admin key is read from the environment only.",
      ]
    `);
  });

  it('names the missing build', async () => {
    const {io, stderrLines} = memoryIo({argv: ['--build-dir', '/nonexistent/build'], env});
    const code = await main(io);
    expect(code).toBe(2);
    expect(stderrLines()).toMatchInlineSnapshot(`
      [
        "search:index: no built site in /nonexistent/build (sitemap.xml missing). Run \`npm run build\` first.",
      ]
    `);
  });

  it('reports a rejected push as a tool failure', async () => {
    const {io, stderrLines} = memoryIo({argv: ['--build-dir', fixtureBuild], env: {...env, ALGOLIA_ADMIN_API_KEY: 'wrong'}});
    const code = await main({...io, clientOptions});
    expect(code).toBe(2);
    expect(stderrLines()[0]).toMatch(/^search:index: the push to Algolia failed: /);
  });
});
