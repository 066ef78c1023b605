import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const themeDir = path.resolve(__dirname, '../theme');
const files = readdirSync(themeDir, {recursive: true, encoding: 'utf8'}).filter((f) => /\.tsx?$/.test(f));

/** Modules a page component may import at run time from the model: plain functions, no data. */
const allowedModel = new Set(['@site/src/model/versions', '@site/src/routes/table']);

describe('errors theme components', () => {
  it.each(files)('%s imports no catalog, CLI spec or zod at run time (types only)', (file) => {
    const source = readFileSync(path.join(themeDir, file), 'utf8');
    const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)].map((m) => m[1]!);
    const forbidden = runtimeImports.filter((m) => m === 'zod' || (/^@site\/(errors|src\/cli-spec|src\/error-catalog)/.test(m) && !allowedModel.has(m)));
    expect(forbidden).toEqual([]);
  });
});
