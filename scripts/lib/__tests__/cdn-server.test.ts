import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cacheControlFor, pickEncoding, startCdnServer} from '../cdn-server';

describe('pickEncoding', () => {
  it.each([
    {accept: 'gzip, deflate, br, zstd', ext: '.js', expected: 'br'},
    {accept: 'gzip;q=1.0, identity', ext: '.html', expected: 'gzip'},
    {accept: 'identity', ext: '.css', expected: undefined},
    {accept: undefined, ext: '.css', expected: undefined},
    {accept: 'br', ext: '.png', expected: undefined},
  ])('Accept-Encoding $accept for $ext gives $expected', ({accept, ext, expected}) => {
    expect(pickEncoding(accept, ext)).toBe(expected);
  });
});

describe('cacheControlFor', () => {
  it.each([
    {url: '/assets/js/main.439ba4dc.js', expected: 'public, max-age=31536000, immutable'},
    {url: '/assets/vendor/11.17.2/chunks/chunk-QJSWEUOL.mjs', expected: 'public, max-age=31536000, immutable'},
    {url: '/img/logo.5a6b7c8d.svg', expected: 'public, max-age=31536000, immutable'},
    {url: '/docs/start-here', expected: 'public, max-age=0, must-revalidate'},
    {url: '/img/favicon.svg', expected: 'public, max-age=0, must-revalidate'},
  ])('$url: $expected', ({url, expected}) => {
    expect(cacheControlFor(url)).toBe(expected);
  });
});

describe('startCdnServer', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startCdnServer>>;
  const page = '<p>' + 'hello '.repeat(200) + '</p>';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cdn-server-'));
    await mkdir(path.join(dir, 'docs/a'), {recursive: true});
    await writeFile(path.join(dir, 'docs/intro.html'), page);
    await writeFile(path.join(dir, 'docs/a/index.html'), 'index of a');
    await writeFile(path.join(dir, '404.html'), 'not here');
    await writeFile(path.join(os.tmpdir(), 'cdn-server-secret.txt'), 'secret');
    server = await startCdnServer(dir);
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, {recursive: true, force: true});
  });

  // Raw bytes: node's fetch would decode the body and hide what went over the wire.
  const get = async (urlPath: string, accept: string) => {
    const {request} = await import('node:http');
    return new Promise<{status: number; headers: Record<string, unknown>; body: Buffer}>((resolve, reject) => {
      request(server.url + urlPath, {headers: {'accept-encoding': accept}}, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks)}));
      })
        .on('error', reject)
        .end();
    });
  };

  it('serves clean URLs brotli- or gzip-compressed, as asked', async () => {
    const br = await get('/docs/intro', 'gzip, br');
    expect([br.status, br.headers['content-encoding'], br.headers['vary']]).toEqual([200, 'br', 'Accept-Encoding']);
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    expect(br.body.length).toBeLessThan(page.length / 5);
    const gz = await get('/docs/intro', 'gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page);
    expect((await get('/docs/a', 'identity')).body.toString()).toBe('index of a');
  });

  it("answers 404 with the site's own page, and never outside the site folder", async () => {
    for (const urlPath of ['/nope', '/..%2Fcdn-server-secret.txt']) {
      const res = await get(urlPath, 'identity');
      expect([res.status, res.body.toString(), res.headers['cache-control']]).toEqual([404, 'not here', 'no-store']);
    }
  });
});
