import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {readSite} from '../read-site';

const outDir = mkdtempSync(path.join(os.tmpdir(), 'ax-read-site-'));
const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title} | ax docs</title></head><body><nav>menu</nav><article><h1>${title}</h1><p>${body}</p><h2 id="fix">Fix</h2><p>Run ax doctor.</p></article></body></html>`;
const routes = ['/docs/a', '/docs/b', '/errors/AX1042', '/runbooks/triage', '/404'];
for (const [i, route] of routes.entries()) {
  mkdirSync(path.dirname(path.join(outDir, route)), {recursive: true});
  writeFileSync(path.join(outDir, `${route}.html`), page(`Page ${i}`, `Body of ${route}.`));
}
afterAll(() => rmSync(outDir, {recursive: true, force: true}));

describe('readSite', () => {
  it('reads the same pages, in the same order, with half of them in a worker thread', async () => {
    const options = {exclude: ['/404'], baseUrl: '/'};
    const serial = await readSite(outDir, routes, {...options, parallelFrom: 1000});
    const parallel = await readSite(outDir, [...routes].reverse(), {...options, parallelFrom: 1});
    expect(serial.map((p) => p.units[0]!.unit.url)).toEqual(['/docs/a', '/docs/b', '/errors/AX1042', '/runbooks/triage']);
    expect(parallel).toEqual(serial);
  });
});
