import {describe, expect, it} from 'vitest';
import {buildSearchIndex} from '../build-index';
import {extractPage} from '../extract';
import {forEachPosting} from '../index-format';
import {indexedPart} from '../read-build';
import {inRankOrder, SearchIndex, type Ranked} from '../query';
import {exactKey, tokenize} from '../tokenize';

// Minified the way the production build writes it: unquoted attributes, hash links inside headings.
const errorPage = `<html><head><title>AX1042: Plugin manifest is invalid | ax docs</title>
<meta name=ax:exact content="AX1042,AXM042"></head><body><nav>Docs Runbooks</nav><main><article>
<h1>AX1042: Plugin manifest is invalid</h1><p>The CLI rejected <code>plugin.json</code> before upload.</p>
<h2 class="anchor x" id=causes>Causes<a href=#causes class=hash-link aria-label="Direct link">​</a></h2><p>The manifest schema version is older than the runtime accepts.</p>
<h2 id=fixes>Fixes</h2><p>Run <code>ax plugin validate</code> and fix each reported field &amp; retry.</p>
</article></main><footer>ax platform documentation</footer></body></html>`;

const guidePage = `<html><head><title>Plugin templates | ax docs</title></head><body><article><h1>Plugin templates</h1>
<p>Start every plugin with <code>ax plugin init</code> and a template.</p><h2 id=manifest>The manifest</h2>
<p>Every plugin ships a manifest; the runtime validates the manifest schema on load.</p></article></body></html>`;

const cliPage = `<html><head><meta name="ax:exact" content="ax plugin init"></head><body><article><h1>ax plugin init</h1>
<p>Creates a plugin from a template.</p></article></body></html>`;

function memoryLoader(files: Map<string, string>, fetched: string[] = []) {
  return async <T,>(file: string): Promise<T> => {
    const name = file.replace(/\?v=\w+$/, '');
    fetched.push(name);
    const text = files.get(name);
    if (text === undefined) throw new Error(`no index file ${name}`);
    return JSON.parse(text) as T;
  };
}

const pages = [
  extractPage('/docs/guides/plugin-templates', guidePage),
  extractPage('/errors/AX1042', errorPage),
  extractPage('/docs/reference/cli/plugin-init', cliPage),
];
const files = buildSearchIndex(pages, {prefixLength: 2, unitsPerShard: 2, maxShardBytes: 40 * 1024});

describe('extractPage', () => {
  it('splits a minified page into a page unit and one unit per section', () => {
    const page = pages[1]!;
    expect(page.exact).toEqual(['AX1042', 'AXM042']);
    expect(page.units.map((u) => u.unit)).toMatchInlineSnapshot(`
      [
        {
          "excerpt": "The CLI rejected plugin.json before upload.",
          "section": "Errors",
          "title": "AX1042: Plugin manifest is invalid",
          "url": "/errors/AX1042",
        },
        {
          "excerpt": "The manifest schema version is older than the runtime accepts.",
          "heading": "Causes",
          "section": "Errors",
          "title": "AX1042: Plugin manifest is invalid",
          "url": "/errors/AX1042#causes",
        },
        {
          "excerpt": "Run ax plugin validate and fix each reported field & retry.",
          "heading": "Fixes",
          "section": "Errors",
          "title": "AX1042: Plugin manifest is invalid",
          "url": "/errors/AX1042#fixes",
        },
      ]
    `);
  });

  it('leaves navigation, footers and heading links out of the text', () => {
    const text = pages[1]!.units.map((u) => u.body).join(' ');
    expect(text).not.toMatch(/Runbooks|platform documentation|Direct link/);
  });
});

describe('indexedPart', () => {
  it.each([
    ['an article page', errorPage],
    ['a page without main', guidePage],
    ['a page without a title tag', cliPage],
  ])('extracts the same from the head and article alone, on %s', (_name, html) => {
    expect(extractPage('/p', indexedPart(Buffer.from(html)))).toEqual(extractPage('/p', html));
  });

  it('drops the navigation and the footer', () => {
    const part = indexedPart(Buffer.from(errorPage));
    expect(part).toContain('<meta name=ax:exact');
    expect(part).not.toContain('Docs Runbooks');
    expect(part).not.toContain('ax platform documentation');
  });

  it('keeps a custom page whose content is a main element', () => {
    const html = '<html><head><title>Errors</title></head><body><nav>n</nav><main><h1>Errors</h1><p>All of them</p></main></body></html>';
    expect(indexedPart(Buffer.from(html))).toBe('<html><head><title>Errors</title></head><main><h1>Errors</h1><p>All of them</p></main>');
  });
});

describe('tokenize and exactKey', () => {
  it.each([
    ['AX1042', 'ax1042'],
    ['ax-1042', 'ax1042'],
    [' Ax 1042 ', 'ax1042'],
    ['ax  plugin   INIT', 'ax plugin init'],
  ])('folds %j to %j', (input, key) => expect(exactKey(input)).toBe(key));

  it('drops stop words and single letters', () => {
    expect(tokenize('The plugin is a data-sync template')).toEqual(['plugin', 'data', 'sync', 'template']);
  });
});

describe('SearchIndex', () => {
  it.each(['AX1042', 'ax1042', 'ax-1042'])('puts the error page first for %j', async (q) => {
    const index = await SearchIndex.open(memoryLoader(files));
    const [first] = await index.search(q);
    expect(first).toMatchObject({url: '/errors/AX1042', exact: true});
  });

  it('finds an error by its alias', async () => {
    const index = await SearchIndex.open(memoryLoader(files));
    expect((await index.search('axm042'))[0]?.url).toBe('/errors/AX1042');
  });

  it('puts a command page first for its exact command', async () => {
    const index = await SearchIndex.open(memoryLoader(files));
    const hits = await index.search('ax plugin init');
    expect(hits[0]).toMatchObject({url: '/docs/reference/cli/plugin-init', exact: true});
    expect(hits.map((h) => h.url)).toContain('/docs/guides/plugin-templates');
  });

  it('ranks title matches above body matches and completes the last word as a prefix', async () => {
    const index = await SearchIndex.open(memoryLoader(files));
    const hits = await index.search('manif');
    expect(hits[0]?.url).toBe('/errors/AX1042');
    expect(hits.map((h) => h.url)).toContain('/docs/guides/plugin-templates#manifest');
  });

  it('fetches only the manifest, the shards of the query terms and the shards of shown results', async () => {
    const fetched: string[] = [];
    const index = await SearchIndex.open(memoryLoader(files, fetched));
    await index.search('template');
    // The guide (unit 0) and the CLI page (unit 5, shard 2) mention templates; nothing else is loaded.
    expect(fetched).toEqual(['manifest.json', 't/te.json', 'u/0.json', 'u/2.json']);
  });

  it('returns nothing, without fetching, for a term no shard holds', async () => {
    const fetched: string[] = [];
    const index = await SearchIndex.open(memoryLoader(files, fetched));
    expect(await index.search('zzzz')).toEqual([]);
    expect(fetched).toEqual(['manifest.json']);
  });
});

describe('shard splitting', () => {
  // A budget this small forces every shared prefix to split, as hot prefixes do on large sites.
  const tiny = buildSearchIndex(pages, {prefixLength: 2, unitsPerShard: 2, maxShardBytes: 20});
  const keys = (JSON.parse(tiny.get('manifest.json')!) as {termShards: string[]}).termShards;

  it('splits a crowded prefix into longer keys', () => {
    // "ax" and "ax1042" shared the key "ax"; the bare "ax" gets the padded key "ax_".
    expect(keys).not.toContain('ax');
    expect(keys.filter((k) => k.startsWith('ax'))).toEqual(['ax1', 'ax_']);
  });

  it.each([
    ['plugin templates', '/docs/guides/plugin-templates'],
    ['plug', '/docs/guides/plugin-templates'],
    ['ax', '/docs/reference/cli/plugin-init'],
    ['axm042', '/errors/AX1042'],
    ['AX1042', '/errors/AX1042'],
    ['manifest', '/errors/AX1042'],
  ])('still finds %j', async (q, url) => {
    const index = await SearchIndex.open(memoryLoader(tiny));
    expect((await index.search(q)).map((h) => h.url.split('#')[0])).toContain(url);
  });
});

describe('forEachPosting', () => {
  it.each([
    {flat: [], postings: []},
    {flat: [3, 10], postings: [[3, 10]]},
    {flat: [0, 5, 2, 1, 7, 6], postings: [[0, 5], [2, 1], [9, 6]]},
    // A trailing unit without its weight is not a posting.
    {flat: [4, 2, 1], postings: [[4, 2]]},
  ])('reads $flat as unit deltas and weights', ({flat, postings}) => {
    const seen: number[][] = [];
    forEachPosting(flat, (unit, weight) => seen.push([unit, weight]));
    expect(seen).toEqual(postings);
  });
});

describe('inRankOrder', () => {
  // A fixed pseudo-random list with many ties on matched terms and score, so the unit breaks them.
  const entries = (n: number): Ranked[] => Array.from({length: n}, (_, i) => [(i * 7919) % n, {matched: 1 + ((i * 31) % 3), score: ((i * 17) % 5) / 2}]);
  const fullSort = (list: Ranked[]) => [...list].sort(([ua, a], [ub, b]) => b.matched - a.matched || b.score - a.score || ua - ub).map(([unit]) => unit);
  it.each([
    [0, 8],
    [5, 8],
    [8, 8],
    [9, 8],
    [100, 8],
    [1373, 32],
    [1373, 1],
  ])('reads %i units in the full sort order, %i first', (n, k) => {
    expect([...inRankOrder(entries(n), k)]).toEqual(fullSort(entries(n)));
  });
});
