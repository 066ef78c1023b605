import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {allRules, loadSiteModel, runRules} from '..';
import {outline} from '../outline';
import {docRoute} from '../routes';
import {slugify} from '../slug';

describe('anchors', () => {
  it('makes heading slugs as Docusaurus does, with explicit ids, JSX ids and repeats', () => {
    const body = [
      '## Set up `ax` CLI',
      '## _Quick_ start: v2.1!',
      '## Install {#custom-id}',
      '## Setup',
      '## Setup',
      '<Heading as="h3" id="from-jsx">Made by a component</Heading>',
      'Text with <a id="inline-anchor"></a> inside.',
      '<OwnershipMatrix />',
      '```md',
      '## In a fence',
      '```',
    ].join('\n\n');
    const anchors = [...outline(body, 1).anchors];
    expect(anchors.filter((a) => !a.startsWith('team-'))).toEqual([
      'set-up-ax-cli',
      'quick-start-v21',
      'custom-id',
      'setup',
      'setup-1',
      'from-jsx',
      'inline-anchor',
      'teams',
    ]);
    expect(anchors).toContain('team-cli');
  });

  it('has an anchor per rule where the rules page renders <RuleList />', () => {
    const anchors = outline('<RuleList />', 1).anchors;
    expect(allRules.every((r) => anchors.has(r.meta.id.replace(/[^a-z0-9]+/gi, '-').toLowerCase()))).toBe(true);
    expect(anchors).toContain('links-broken');
  });

  it('keeps non-Latin letters and drops punctuation', () => {
    expect(slugify('Über die Laufzeit — Teil 2')).toBe('über-die-laufzeit--teil-2');
  });
});

describe('links', () => {
  it('finds Markdown, reference, JSX and HTML links with their file lines, and none in code', () => {
    const body = 'Intro [a](./a.md) and [b][ref].\n\n```\n[no](./x.md)\n```\n\n<Link to="/docs/x">x</Link> `[nor](./y.md)`\n\n[ref]: /docs/b#part\n';
    expect(outline(body, 10).links).toEqual([
      {href: './a.md', line: 10, column: 11},
      {href: '/docs/b#part', line: 18, column: 8},
      {href: '/docs/x', line: 16, column: 11},
    ]);
  });
});

describe('routes', () => {
  it.each([
    ['docs/guides/intro.md', {}, '/docs/guides/intro', 'guides/intro'],
    ['docs/guides/index.md', {}, '/docs/guides', 'guides/index'],
    ['docs/guides/guides.mdx', {}, '/docs/guides', 'guides/guides'],
    ['docs/01-start/02-first.md', {}, '/docs/start/first', 'start/first'],
    ['docs/guides/intro.md', {id: 'welcome'}, '/docs/guides/welcome', 'guides/welcome'],
    ['docs/guides/intro.md', {slug: '/hello'}, '/docs/hello', 'guides/intro'],
    ['docs/guides/intro.md', {slug: 'hello/'}, '/docs/guides/hello', 'guides/intro'],
    ['runbooks/index.md', {}, '/runbooks', 'index'],
  ])('%s %j is served at %s', (file, fields, route, id) => {
    expect(docRoute(file, fields)).toMatchObject({route, id});
  });

  it('reports two docs with one id', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ax-dup-'));
    mkdirSync(path.join(dir, 'docs/a'), {recursive: true});
    const page = (id: string) => `---\ntitle: T\ndescription: D\nkind: guide\nowner: docs\nlast_reviewed: 2026-11-01\nid: ${id}\n---\n\nText.\n`;
    writeFileSync(path.join(dir, 'docs/a/x.md'), page('same'));
    writeFileSync(path.join(dir, 'docs/a/y.md'), page('same'));
    const findings = await runRules(allRules, await loadSiteModel(dir, {today: '2026-11-24'}));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.ruleId}: ${f.message}`)).toMatchInlineSnapshot(`
      [
        "docs/a/y.md:7 routes/duplicate: Unexpected duplicate doc id "a/same" (also "docs/a/x.md"), expected ids unique within docs/",
      ]
    `);
  });
});
