import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {uxChangesView} from '../changes-view';
import {papercuts} from '../papercuts';

const themeDir = path.resolve(__dirname, '../../../plugins/ux-changes/theme');
const themeFiles = readdirSync(themeDir, {recursive: true, encoding: 'utf8'}).filter((f) => /\.tsx?$/.test(f));

describe('the UX changes page data', () => {
  const view = uxChangesView(papercuts);

  it('has one entry per papercut, in the list\'s order, and the walk\'s widths as the page says them', () => {
    expect(view.changes.map((c) => c.id)).toEqual(papercuts.map((c) => c.id));
    expect(view.widths).toBe('390 px, 768 px, 1280 px');
    expect(view.kindCount).toBe(new Set(papercuts.map((c) => c.kind)).size);
  });

  it('is plain JSON: what createData writes reads back the same', () => {
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('names the screenshots and says what each shows', () => {
    const first = view.changes[0]!;
    expect({before: first.before, after: first.after}).toMatchObject({
      before: {src: `img/ux-changes/${first.id}-before.png`, alt: expect.stringMatching(/^Before: /)},
      after: {src: `img/ux-changes/${first.id}-after.png`, alt: expect.stringMatching(/^After: /)},
    });
  });

  it('refuses an invalid papercut list, naming the row, id and field', () => {
    expect(() => uxChangesView([papercuts[0]!, {...papercuts[0]!, id: 'Bad Id'}])).toThrowErrorMatchingInlineSnapshot(`[Error: UX changes: Unexpected "Bad Id" at papercut 1 (Bad Id), field id, expected kebab-case, e.g. "home-card-buttons"]`);
  });

  it.each(themeFiles)('theme component %s imports no papercut list, schema or zod at run time', (file) => {
    const source = readFileSync(path.join(themeDir, file), 'utf8');
    const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)].map((m) => m[1]!);
    expect(runtimeImports.filter((m) => m === 'zod' || m.startsWith('@site/src/ux'))).toEqual([]);
  });
});
