import {readFileSync} from 'node:fs';
import path from 'node:path';
import {glob} from 'tinyglobby';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {parseFastYaml} from '../fast-yaml';
import {parseFrontmatter} from '../frontmatter';

const plain = [
  'title: Rotate a key\ndescription: "Quoted: with a colon"\nkind: guide\nowner: docs\nlast_reviewed: 2026-11-20',
  "title: 'It''s quoted'\nreview_interval: 90\ndraft: false\nsidebar_position: 2.5\nslug: /x/y",
  'covers:\n  - src/checks/**\n  - errors/*.ts\napproved_by:\n- docs\n- quality\nempty:\nnothing: ~',
  '# a comment line\ntitle: C# in ax\nkeywords:\n  - "quoted item"\n  - 42',
];
const unusual = [
  'title: x # trailing comment',
  'tags: [a, b]',
  'description: >\n  folded text',
  'title: a: b',
  'title: "escaped \\" quote"',
  'nested:\n  key: value',
  'title: &anchor x',
  'title: x\ntitle: y',
  'hex: 0x1F',
];

describe('fast front matter path', () => {
  it.each(plain)('matches the YAML library on plain front matter %#', (text) => {
    const fast = parseFastYaml(text);
    expect(fast).toBeDefined();
    expect(fast!.data).toEqual(parse(text));
  });

  it.each(unusual)('hands %j to the YAML library', (text) => {
    expect(parseFastYaml(text)).toBeUndefined();
  });

  it('gives the same data and positions as the YAML library on every page of the site', async () => {
    const root = path.resolve(__dirname, '../../..');
    const files = await glob(['docs/**/*.{md,mdx}', 'runbooks/**/*.{md,mdx}', 'src/checks/__tests__/__fixtures__/**/*.{md,mdx}'], {cwd: root});
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(path.join(root, file), 'utf8');
      const fm = parseFrontmatter(source);
      const yamlText = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
      expect(fm.data, file).toEqual(parse(yamlText) ?? {});
    }
  });

  it('points at the value on its line, or at the key of a block list', () => {
    const fm = parseFrontmatter('---\ntitle: T\nowner: docs\ncovers:\n  - src/**\n---\nbody');
    expect([fm.position('owner'), fm.position('covers')]).toEqual([{line: 3, column: 8}, {line: 4, column: 1}]);
    const slow = parseFrontmatter('---\ntitle: T # slow path\nowner: docs\ncovers:\n  - src/**\n---\nbody');
    expect([slow.position('owner'), slow.position('covers')]).toEqual([{line: 3, column: 8}, {line: 4, column: 1}]);
  });
});
