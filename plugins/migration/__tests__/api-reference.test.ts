import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {compatibilityData, readMigrationSources} from '../../../src/migration-model/load';
import {generateApiReference} from '../api-reference';
import {sourceReviewDates} from '../../../src/content-model/source-dates';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ax-api-ref-'));
afterAll(() => rmSync(tmp, {recursive: true, force: true}));
const siteDir = path.resolve('.');

describe('the typedoc API reference', () => {
  it('documents every declaration with its since, deprecated and removed tags and its migration step', async () => {
    const sources = readMigrationSources(siteDir)!;
    const data = compatibilityData(sources);
    const out = path.relative(siteDir, path.join(tmp, 'reference'));
    const stepTitles = new Map(data.steps.map((s) => [s.href, s.title]));
    const options = {siteDir, entryPoints: sources.entryPoints, tsconfig: 'migration/api/tsconfig.json', out, rows: data.rows, stepTitles, owner: 'runtime', reviewed: {v1: '2026-11-24', v2: '2026-11-20'}};
    expect(await generateApiReference(options)).toMatchObject({cached: false});
    expect(await generateApiReference(options)).toMatchObject({cached: true});
    const page = readFileSync(path.join(tmp, 'reference/v1/interfaces/ContextV1.md'), 'utf8');
    expect(page).toMatch(/^---\ntitle: "v1.ContextV1"\ndescription: .+\nkind: reference\nowner: runtime\nlast_reviewed: 2026-11-24\n---\n/);
    expect(page).toContain('## Since\n\n1.0');
    expect(page).toContain('## Deprecated\n\n2.0 Use [v2.PluginContext](../../v2/interfaces/PluginContext.md)');
    expect(page).toContain('## Removed\n\n2.4');
    expect(page).toContain('- `v1.ContextV1.on`: since runtime 1.0; deprecated in runtime 2.0 (2025-06-02); removed in runtime 2.4 (2027-03-08). Migration step: [Step 5: Subscribe to typed events](/migration/v1-to-v2#events).');
    expect(page).not.toContain('@migration');
    const v2 = readFileSync(path.join(tmp, 'reference/v2/interfaces/EventBus.md'), 'utf8');
    expect(v2).toContain('- `v2.EventBus.once`: since runtime 2.2.\n');
    // Each page carries the review date of the declaration file it documents; the top index the latest.
    expect(v2).toContain('\nlast_reviewed: 2026-11-20\n');
    expect(readFileSync(path.join(tmp, 'reference/index.md'), 'utf8')).toContain('\nlast_reviewed: 2026-11-24\n');
    // A change to any input (here, a review date) regenerates the pages.
    expect(await generateApiReference({...options, reviewed: {v1: '2026-11-25', v2: '2026-11-20'}})).toMatchObject({cached: false});
  });

  it('fails on a broken {@link}, naming the declaration', async () => {
    const fixture = path.relative(siteDir, path.join(__dirname, '__fixtures__/bad-link'));
    const run = generateApiReference({siteDir, entryPoints: [`${fixture}/v1/index.d.ts`], tsconfig: `${fixture}/tsconfig.json`, out: path.relative(siteDir, path.join(tmp, 'bad')), rows: [], stepTitles: new Map(), owner: 'runtime', reviewed: {v1: '2026-11-24'}});
    await expect(run).rejects.toThrow(/Failed to resolve link to "definePluginn" in comment for register/);
    await expect(run.catch((e: Error) => e.message)).resolves.toMatch(/bad-link\/v1\/index\.d\.ts/);
  });
});

describe('sourceReviewDates', () => {
  it('dates each declaration file by its last commit, which every clone has', async () => {
    const dates = await sourceReviewDates(siteDir, {v1: 'migration/api/v1/index.d.ts'});
    const {execFileSync} = await import('node:child_process');
    const git = execFileSync('git', ['log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d', '--', 'migration/api/v1/index.d.ts'], {env: {...process.env, TZ: 'UTC'}, encoding: 'utf8'}).trim();
    expect(dates).toEqual({v1: git});
  });

  it('falls back to the modification day of a file git does not track', async () => {
    const dates = await sourceReviewDates(tmp, {v1: '.'});
    expect(dates.v1).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
