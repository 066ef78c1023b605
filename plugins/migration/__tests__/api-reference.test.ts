import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {runtimeReleases} from '../../../migration/releases';
import {generateApiReference} from '../api-reference';
import {loadMigrationModel} from '../load';
import {validateOptions} from '../options';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ax-api-ref-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));
const siteDir = path.resolve('.');

describe('the typedoc API reference', () => {
  it('documents every declaration with its since, deprecated and removed tags and its migration step', async () => {
    const o = validateOptions({options: {releases: runtimeReleases}, validate: () => ({})} as never);
    const model = await loadMigrationModel(siteDir, o);
    const out = path.relative(siteDir, path.join(tmp, 'reference'));
    const ms = await generateApiReference({siteDir, entryPoints: model.entryPoints, tsconfig: 'migration/api/tsconfig.json', out, rows: model.data.rows, stepTitles: model.stepTitles, frontmatter: {owner: 'runtime', last_reviewed: '2026-11-24'}});
    expect(ms).toBeGreaterThan(0);
    const page = readFileSync(path.join(tmp, 'reference/v1/interfaces/ContextV1.md'), 'utf8');
    expect(page).toMatch(/^---\ntitle: "v1.ContextV1"\ndescription: .+\nkind: reference\nowner: runtime\nlast_reviewed: 2026-11-24\n---\n/);
    expect(page).toContain('## Since\n\n1.0');
    expect(page).toContain('## Deprecated\n\n2.0 Use [v2.PluginContext](../../v2/interfaces/PluginContext.md)');
    expect(page).toContain('## Removed\n\n2.4');
    expect(page).toContain('- `v1.ContextV1.on`: since runtime 1.0; deprecated in runtime 2.0 (2025-06-02); removed in runtime 2.4 (2027-03-08). Migration step: [Step 5: Subscribe to typed events](/migration/v1-to-v2#events).');
    expect(page).not.toContain('@migration');
    const v2 = readFileSync(path.join(tmp, 'reference/v2/interfaces/EventBus.md'), 'utf8');
    expect(v2).toContain('- `v2.EventBus.once`: since runtime 2.2.\n');
  });

  it('fails on a broken {@link}, naming the declaration', async () => {
    const fixture = path.relative(siteDir, path.join(__dirname, '__fixtures__/bad-link'));
    const run = generateApiReference({siteDir, entryPoints: [`${fixture}/v1/index.d.ts`], tsconfig: `${fixture}/tsconfig.json`, out: path.relative(siteDir, path.join(tmp, 'bad')), rows: [], stepTitles: new Map(), frontmatter: {owner: 'runtime', last_reviewed: '2026-11-24'}});
    await expect(run).rejects.toThrow(/Failed to resolve link to "definePluginn" in comment for register/);
    await expect(run.catch((e: Error) => e.message)).resolves.toMatch(/bad-link\/v1\/index\.d\.ts/);
  });
});
