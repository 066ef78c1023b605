import {readFile, stat} from 'node:fs/promises';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {promisify} from 'node:util';
import zlib from 'node:zlib';
import type {StaticServer} from './static-server';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Already-compressed formats gain nothing from another pass; CDNs skip them too. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.xml', '.txt', '.svg', '.ico']);

/** A bundler's content hash in a file name (`main.3f2a9c1e.js`): such a file never changes at its URL. */
const hashedName = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i;

/**
 * What a CDN sends for a file: hashed or versioned assets (a hash in the name, or anything below
 * `/assets/`, where Docusaurus and our plugins put only fingerprinted or versioned files) cached
 * for a year as immutable; everything else revalidated on each visit, as a new deploy must show at once.
 */
export function cacheControlFor(urlPath: string): string {
  const immutable = hashedName.test(urlPath) || urlPath.startsWith('/assets/');
  return immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
}

/** The encoding a CDN picks for a request: brotli when accepted, else gzip, else none. */
export function pickEncoding(acceptEncoding: string | undefined, ext: string): 'br' | 'gzip' | undefined {
  if (!compressible.has(ext) || !acceptEncoding) return undefined;
  const accepted = acceptEncoding.split(',').map((part) => part.trim().split(';')[0]!.toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false);
}

/** Resolves a clean URL the way Docusaurus' static hosting does: `/a/b` → `a/b.html` or `a/b/index.html`. */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const base = path.resolve(root, relative);
  // Never serve outside the site folder, whatever the request path says.
  if (base !== root && !base.startsWith(root + path.sep)) return undefined;
  const candidates = urlPath.endsWith('/') ? [path.join(base, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return undefined;
}

/**
 * Serves a built site on loopback compressed as a CDN would: brotli (quality 11, as CDNs
 * precompress static files) or gzip (level 9), `Vary: Accept-Encoding`, long immutable caching
 * for hashed assets. Compressed bodies are kept in memory, so only a file's first request pays
 * for compressing it; call `warm` before measuring.
 */
export async function startCdnServer(dir: string, port = 0): Promise<StaticServer & {warm(urlPath: string): Promise<void>}> {
  const root = path.resolve(dir);
  const bodies = new Map<string, Promise<Buffer>>();
  const body = (file: string, encoding: 'br' | 'gzip' | undefined): Promise<Buffer> => {
    const key = `${encoding ?? 'identity'} ${file}`;
    let cached = bodies.get(key);
    if (!cached) {
      cached = readFile(file).then((raw) =>
        encoding === 'br'
          ? brotli(raw, {params: {[zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length}})
          : encoding === 'gzip'
            ? gzip(raw, {level: 9})
            : raw,
      );
      bodies.set(key, cached);
    }
    return cached;
  };

  const respond = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const urlPath = new URL(req.url ?? '/', 'http://loopback').pathname;
    const found = await resolveFile(root, urlPath);
    const file = found ?? path.join(root, '404.html');
    const status = found ? 200 : 404;
    const ext = path.extname(file).toLowerCase();
    const encoding = pickEncoding(req.headers['accept-encoding'], ext);
    const bytes = await body(file, encoding);
    res.writeHead(status, {
      'Content-Type': contentTypes[ext] ?? 'application/octet-stream',
      'Content-Length': bytes.length,
      'Cache-Control': found ? cacheControlFor(urlPath) : 'no-store',
      ...(encoding ? {'Content-Encoding': encoding} : {}),
      ...(compressible.has(ext) ? {Vary: 'Accept-Encoding'} : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };

  const server = http.createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, {'Content-Type': 'text/plain; charset=utf-8'});
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const {port: actual} = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${actual}`;
  return {
    url,
    async warm(urlPath: string) {
      const file = await resolveFile(root, urlPath);
      if (file) await Promise.all([body(file, 'br'), body(file, 'gzip')]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
