import http from 'node:http';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Snapshot} from '../../../src/analytics/schema/snapshot';

/** How the mock live endpoint answers `GET /v1/snapshot`. */
export type MockMode = {kind: 'json'; body: unknown} | {kind: 'status'; status: number} | {kind: 'raw'; body: string} | {kind: 'stall'};

/** The fixture snapshot, as a live endpoint would serve it a little later: a different "as of" and source. */
export function liveSnapshot(change: (s: Snapshot) => void = () => {}): Snapshot {
  const s = JSON.parse(readFileSync(path.join(__dirname, '__fixtures__/snapshot.json'), 'utf8')) as Snapshot;
  s.asOf = '2026-11-27T09:30:00Z';
  s.source = {...s.source, name: 'live endpoint (mock)'};
  change(s);
  return s;
}

/**
 * A stand-in for `npm run analytics:serve` on the port the test build was given: loopback only,
 * CORS for any origin (the site is served on another port), and a mode the test sets per case.
 */
export async function startLiveMock(port: number): Promise<{setMode(mode: MockMode): void; requests(): number; close(): Promise<void>}> {
  let mode: MockMode = {kind: 'status', status: 503};
  let count = 0;
  const server = http.createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    if (req.url !== '/v1/snapshot') return void res.writeHead(404).end();
    count++;
    if (mode.kind === 'stall') return; // never answers: the browser's timeout must fire
    if (mode.kind === 'status') return void res.writeHead(mode.status, {'content-type': 'text/plain'}).end('failure');
    const body = mode.kind === 'json' ? JSON.stringify(mode.body) : mode.body;
    res.writeHead(200, {'content-type': 'application/json'}).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    setMode(next) {
      mode = next;
    },
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
