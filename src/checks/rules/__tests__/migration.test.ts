import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runtimeReleases} from '../../../../migration/releases';
import {formatFinding} from '../../finding';
import {runRules} from '../../rule';
import {migrationRules} from '../migration';

const guide = ['---', 'title: Guide', '---', '', '## Step 1: Entry point {#entry-point}', '', '## Step 5: Events {#events}', ''].join('\n');

/** A v1 declaration with the given tag lines, as it would sit in a declaration file. */
function declaration(tags: string[]): string {
  return ['/**', ' * Subscribes to an event.', ' *', ...tags.map((t) => ` * ${t}`), ' */', 'export declare function on(event: string): void;', ''].join('\n');
}

/** One release a line, so findings on the releases point at a known line (the release's line + 1). */
function releasesModule(releases: unknown[]): string {
  return ['export const runtimeReleases = [', ...releases.map((r) => `  ${toTs(r)},`), '];', ''].join('\n');
}
const toTs = (r: unknown) => `{${Object.entries(r as object).map(([k, v]) => `${k}: ${typeof v === 'string' ? `'${v}'` : String(v)}`).join(', ')}}`;

/** A site root holding migration sources; the rules read them from there, as from any checked root. */
function root(files: {tags?: string[]; releases?: unknown[] | string; guide?: string}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ax-migration-rules-'));
  mkdirSync(path.join(dir, 'migration/api/v1'), {recursive: true});
  const releases = files.releases ?? runtimeReleases;
  writeFileSync(path.join(dir, 'migration/releases.ts'), typeof releases === 'string' ? releases : releasesModule(releases));
  writeFileSync(path.join(dir, 'migration/api/v1/index.d.ts'), declaration(files.tags ?? ['@since 1.0']));
  writeFileSync(path.join(dir, 'migration/v1-to-v2.mdx'), files.guide ?? guide);
  return dir;
}

async function check(dir: string): Promise<string[]> {
  return (await runRules(migrationRules, {root: dir, today: '2026-11-24', pages: []})).map(formatFinding);
}
const checkTags = (tags: string[], releases?: unknown[]) => check(root({tags, releases}));

describe('the migration/* rules on the API declarations', () => {
  it('accept a complete deprecation', async () => {
    expect(await checkTags(['@since 1.0', '@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.4', '@migration events'])).toEqual([]);
  });

  it('accept an API that is only available', async () => {
    expect(await checkTags(['@since 2.1'])).toEqual([]);
  });

  it.each([
    ['a deprecation with no replacement', ['@since 1.0', '@deprecated 2.0 Stop using it.', '@removed 2.4', '@migration events'], 'migration/replacement'],
    ['@removed earlier than @deprecated', ['@since 1.0', '@deprecated 2.1 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.0', '@migration events'], 'migration/order'],
    ['@removed with no @deprecated', ['@since 1.0', '@removed 2.4', '@migration events'], 'migration/order'],
    ['a matrix cell with no migration step', ['@since 1.0', '@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.4'], 'migration/step'],
    ['a migration step the guide does not have', ['@since 1.0', '@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.4', '@migration evnets'], 'migration/step'],
    ['no @since', ['@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.'], 'migration/since'],
    ['a runtime version that was never released', ['@since 1.9'], 'migration/version'],
  ])('reject %s', async (_name, tags, ruleId) => {
    const findings = await checkTags(tags);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toContain(`(${ruleId})`);
    expect(findings[0]).toMatch(/^migration\/api\/v1\/index\.d\.ts:\d+:1 error Unexpected .*, expected /);
  });

  it('name the file and line of each bad tag', async () => {
    expect(await checkTags(['@since 1.0', '@deprecated 2.0 Stop using it.', '@removed 2.4', '@migration events'])).toMatchInlineSnapshot(`
      [
        "migration/api/v1/index.d.ts:5:1 error Unexpected @deprecated without a replacement on \`v1.on\`, expected \`@deprecated <version> Use {@link <replacement>} instead.\` (migration/replacement)",
      ]
    `);
    expect(await checkTags(['@since 1.0', '@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.4'])).toMatchInlineSnapshot(`
      [
        "migration/api/v1/index.d.ts:5:1 error Unexpected deprecated or removed cells of \`v1.on\` with no migration step, expected \`@migration <step>\` naming one of #entry-point, #events in migration/v1-to-v2.mdx (migration/step)",
      ]
    `);
  });

  it('reject a removal date before the deprecation date', async () => {
    // Runtime 2.4 scheduled before 2.0 shipped: the versions are in order, the dates are not.
    const releases = runtimeReleases.map((r) => (r.version === '2.4' ? {...r, released: '2025-01-06', supportEnds: '2025-02-01'} : r));
    expect(await checkTags(['@since 1.0', '@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.4', '@migration events'], releases)).toMatchInlineSnapshot(`
      [
        "migration/api/v1/index.d.ts:6:1 error Unexpected removal date 2025-01-06 (runtime 2.4) on or before the deprecation date 2025-06-02 (runtime 2.0) of \`v1.on\`, expected the removal after the deprecation (migration/removal-date)",
      ]
    `);
  });

  it('pass the real sources', async () => {
    expect(await check(path.resolve('.'))).toEqual([]);
  });

  it('find nothing, silently, in a root without migration sources', async () => {
    expect(await check(mkdtempSync(path.join(tmpdir(), 'ax-migration-none-')))).toEqual([]);
  });
});

describe('the migration/releases rule', () => {
  it('rejects bad dates and order with the release line', async () => {
    const bad = [
      {version: '2.0', released: '2025-06-02', supportEnds: '2026-04-06', endOfLife: '2026-10-05'},
      {version: '1.9', released: '2025-07-01', supportEnds: '2026-04-06', endOfLife: '2026-10-05'},
      {version: '2.1', released: '2025-13-01', supportEnds: '2026-04-06', endOfLife: '2026-10-05'},
    ];
    expect(await check(root({releases: bad}))).toMatchInlineSnapshot(`
      [
        "migration/releases.ts:3:1 error Unexpected release 1.9 after 2.0, expected releases in ascending version order (migration/releases)",
        "migration/releases.ts:4:1 error Unexpected "2025-13-01" for "released", expected a real calendar date (YYYY-MM-DD) (migration/releases)",
      ]
    `);
  });

  it('reports a releases module that does not load or lacks the export', async () => {
    expect(await check(root({releases: 'export const runtimeReleases = [\n  {version: 2.0,\n'}))).toMatchInlineSnapshot(`
      [
        "migration/releases.ts:3:1 error Unexpected error loading the releases (Expected identifier but found end of file), expected a TypeScript module exporting runtimeReleases (migration/releases)",
      ]
    `);
    expect(await check(root({releases: 'export const releases = [];\n'}))).toMatchInlineSnapshot(`
      [
        "migration/releases.ts:1:1 error Unexpected runtimeReleases export missing, expected \`export const runtimeReleases: RuntimeRelease[]\` with at least one release (migration/releases)",
      ]
    `);
  });
});
