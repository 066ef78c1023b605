import {describe, expect, it} from 'vitest';
import {parseFrontmatter, validateFrontmatter} from '..';

const page = (fm: string) => validateFrontmatter(parseFrontmatter(`---\n${fm}\n---\n\n# Body\n`)).problems;
const good = 'title: T\ndescription: D\nkind: guide\nowner: docs\nlast_reviewed: 2026-11-01';

describe('validateFrontmatter', () => {
  it('accepts a valid guide', () => {
    expect(page(good)).toEqual([]);
  });

  it.each([
    ['missing owner', good.replace('owner: docs\n', '')],
    ['unknown owner', good.replace('owner: docs', 'owner: platform')],
    ['malformed last_reviewed', good.replace('2026-11-01', '2026-11-31')],
    ['non-ISO last_reviewed', good.replace('2026-11-01', '11/01/2026')],
    ['unknown kind', good.replace('kind: guide', 'kind: essay')],
    ['misspelt field', `${good}\nownr: docs`],
    ['tutorial without its fields', good.replace('kind: guide', 'kind: tutorial')],
    ['zero review interval', `${good}\nreview_interval: 0`],
  ])('reports %s with its line and field', (_name, fm) => {
    const problems = page(fm);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.message).toMatch(/^Unexpected .+, expected .+/);
  });

  it('names the field, the value received and the value expected', () => {
    expect(page(good.replace('owner: docs', 'owner: platform'))).toMatchInlineSnapshot(`
      [
        {
          "column": 8,
          "field": "owner",
          "line": 5,
          "message": "Unexpected "platform" for "owner", expected one of: cli, quality, runtime, devops, product, docs",
        },
      ]
    `);
    expect(page(good.replace('2026-11-01', '2026-11-31'))).toMatchInlineSnapshot(`
      [
        {
          "column": 16,
          "field": "last_reviewed",
          "line": 6,
          "message": "Unexpected "2026-11-31" for "last_reviewed", expected a real calendar date (YYYY-MM-DD)",
        },
      ]
    `);
    expect(page(good.replace('owner: docs\n', ''))).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "field": "owner",
          "line": 1,
          "message": "Unexpected missing field "owner", expected one of: cli, quality, runtime, devops, product, docs",
        },
      ]
    `);
    expect(page(`${good}\nownr: docs`)).toMatchInlineSnapshot(`
      [
        {
          "column": 7,
          "field": "ownr",
          "line": 7,
          "message": "Unexpected field "ownr" on a guide page, expected a known field (did you mean "owner"?)",
        },
      ]
    `);
  });

  it('reports a page without front matter', () => {
    expect(validateFrontmatter(parseFrontmatter('# Just a body\n')).problems).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "field": "",
          "line": 1,
          "message": "Unexpected page without front matter, expected a \`---\` block declaring kind, owner and last_reviewed",
        },
      ]
    `);
  });

  it('reports YAML syntax errors at their line', () => {
    const problems = page(`${good}\ntags: [unclosed`);
    expect(problems[0]!.line).toBe(7);
  });
});
