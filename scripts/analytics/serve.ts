import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import type {Snapshot} from '../../src/analytics/schema/snapshot';
import {computeSnapshot} from '../../src/analytics/snapshot';
import {exitCode, runBin, writeLine, type CliIo} from '../lib/cli';
import {committedExport} from './generate';
import {parseFlags, reportSnapshotFailure} from './snapshot';

/**
 * The reference live endpoint: `GET /v1/snapshot` serves the snapshot of an export, computed
 * once at start, with the same schema the build uses. The platform team's service answers the
 * same request; the docs' live mode and its tests fetch it from here.
 */

export const snapshotPath = '/v1/snapshot';
export const defaultDocsOrigin = 'http://localhost:3000';

export interface AnalyticsServerOptions {
  /** The export to serve (NDJSON, NDJSON.gz or Parquet). */
  events: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback unless told otherwise. */
  host?: string;
  /** The docs site's origin, allowed by CORS. */
  origin?: string;
}

export interface AnalyticsServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  snapshot: Snapshot;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = status === 204 ? '' : JSON.stringify(body);
  // no-store: a live figure is either fresh or not shown; no cache may serve an old one silently.
  res.writeHead(status, {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers});
  res.end(json);
}

/** Computes the snapshot (throws EventsInputError on bad input), then listens. */
export async function startAnalyticsServer(options: AnalyticsServerOptions): Promise<AnalyticsServer> {
  const snapshot = await computeSnapshot({events: options.events});
  const cors = {'access-control-allow-origin': options.origin ?? defaultDocsOrigin, 'access-control-allow-methods': 'GET, OPTIONS', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600', vary: 'Origin'};
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== snapshotPath) return send(res, 404, {error: `Unexpected path ${url.pathname}, expected GET ${snapshotPath}`}, cors);
    if (req.method === 'OPTIONS') return send(res, 204, null, cors);
    if (req.method !== 'GET') return send(res, 405, {error: `Unexpected method ${req.method ?? ''}, expected GET`}, {...cors, allow: 'GET, OPTIONS'});
    send(res, 200, snapshot, cors);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const {address, port} = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    snapshot,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const usage = `Usage: npm run analytics:serve -- [--events <file>] [--port N] [--host 127.0.0.1] [--origin ${defaultDocsOrigin}]\nServes GET ${snapshotPath} over an export (default ${committedExport}) until interrupted.`;

/** `npm run analytics:serve`: runs until SIGINT or SIGTERM (exit 0); bad arguments or input exit 2. */
export async function main({argv, cwd, stdout, stderr}: CliIo): Promise<number> {
  if (argv.includes('--help')) {
    writeLine(stdout, usage);
    return exitCode.clean;
  }
  const {flags, error} = parseFlags(argv, ['events', 'port', 'host', 'origin']);
  const port = Number(flags.port ?? 8714);
  if (error || !Number.isInteger(port) || port < 0 || port > 65535) {
    writeLine(stderr, `analytics:serve: ${error ?? `Unexpected --port ${flags.port}, expected a port number`}\n${usage}`);
    return exitCode.toolFailure;
  }
  let server: AnalyticsServer;
  try {
    server = await startAnalyticsServer({events: path.resolve(cwd, flags.events ?? committedExport), port, host: flags.host, origin: flags.origin});
  } catch (failure) {
    return reportSnapshotFailure(failure, cwd, stderr);
  }
  writeLine(stdout, `analytics:serve: ${server.url}${snapshotPath} (${server.snapshot.source.name}, as of ${server.snapshot.asOf}); CORS for ${flags.origin ?? defaultDocsOrigin}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return exitCode.clean;
}

if (require.main === module) runBin(main);
