import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {snapshotSchema} from '../../../src/analytics/schema/snapshot';
import {startAnalyticsServer, type AnalyticsServer} from '../serve';

const fixture = path.resolve(__dirname, '../../../src/analytics/__tests__/__fixtures__/alerts.ndjson');
let server: AnalyticsServer;
beforeAll(async () => {
  server = await startAnalyticsServer({events: fixture, origin: 'http://localhost:3000'});
}, 30_000);
afterAll(() => server.close());

describe('analytics:serve', () => {
  it('listens on loopback and serves the snapshot with CORS for the docs origin', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/v1/snapshot`, {headers: {origin: 'http://localhost:3000'}});
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = snapshotSchema.parse(await response.json());
    expect(body).toEqual(server.snapshot);
    expect(body.asOf).toBe('2026-11-25T12:00:00Z');
  });

  it('answers a CORS preflight', async () => {
    const response = await fetch(`${server.url}/v1/snapshot`, {method: 'OPTIONS', headers: {origin: 'http://localhost:3000', 'access-control-request-method': 'GET'}});
    expect([response.status, response.headers.get('access-control-allow-methods')]).toEqual([204, 'GET, OPTIONS']);
  });

  it.each([
    ['GET', '/v2/snapshot', 404, 'Unexpected path /v2/snapshot, expected GET /v1/snapshot'],
    ['POST', '/v1/snapshot', 405, 'Unexpected method POST, expected GET'],
  ])('%s %s is %i with a JSON error', async (method, pathname, status, error) => {
    const response = await fetch(`${server.url}${pathname}`, {method});
    expect([response.status, response.headers.get('content-type'), await response.json()]).toEqual([status, 'application/json; charset=utf-8', {error}]);
  });
});
