import {existsSync} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {algoliaBuildDir, algoliaTestEnv} from '../../test/algolia-fixture';

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Files of a build that contain `needle`. */
async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await filesBelow(dir)) {
    if ((await readFile(file, 'latin1')).includes(needle)) hits.push(path.relative(dir, file));
  }
  return hits;
}

const builds = [path.resolve(process.env.AX_DOCS_BUILD_DIR ?? 'build'), path.resolve(algoliaBuildDir)];

describe('the client bundle', () => {
  it.each(builds)('holds no Algolia admin key in %s', async (dir) => {
    expect(existsSync(dir), `${dir} should exist: npm test builds it`).toBe(true);
    expect(await filesContaining(dir, algoliaTestEnv.ALGOLIA_ADMIN_API_KEY)).toEqual([]);
    expect(await filesContaining(dir, 'ALGOLIA_ADMIN_API_KEY')).toEqual([]);
  });

  // A checkout's own folder in a published file makes two checkouts of one commit publish different SHA256SUMS.
  it.each(builds)('names no file by the checkout folder in %s', async (dir) => {
    expect(await filesContaining(dir, path.resolve('.'))).toEqual([]);
  });

  it('switches to Algolia DocSearch when the three public settings are set', async () => {
    const dir = path.resolve(algoliaBuildDir);
    expect((await filesContaining(dir, algoliaTestEnv.ALGOLIA_SEARCH_API_KEY)).length).toBeGreaterThan(0);
    expect(existsSync(path.join(dir, 'search-index'))).toBe(false);
    const home = await readFile(path.join(dir, 'index.html'), 'utf8');
    expect(home).toContain('DocSearch');
  });

  it('ships the local index when Algolia is not configured', () => {
    expect(existsSync(path.join(builds[0]!, 'search-index/manifest.json'))).toBe(true);
  });
});
