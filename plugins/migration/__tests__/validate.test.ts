import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {formatFinding} from '../../../src/checks/finding';
import {runtimeReleases} from '../../../migration/releases';
import {parseDeclarations} from '../declarations';
import migrationPlugin from '../index';
import {validateOptions} from '../options';
import {validateReleases} from '../releases';
import {validateDeclarations} from '../validate';
import type {RuntimeRelease} from '../types';

const steps = ['entry-point', 'events'];
const file = 'migration/api/v1/index.d.ts';

/** A v1 declaration with the given tag lines, as it would sit in a declaration file. */
function source(tags: string[]): string {
  return ['/**', ' * Subscribes to an event.', ' *', ...tags.map((t) => ` * ${t}`), ' */', 'export declare function on(event: string): void;', ''].join('\n');
}

function check(tags: string[], releases: RuntimeRelease[] = runtimeReleases): string[] {
  return validateDeclarations(parseDeclarations(file, source(tags)), {releases, steps, guideFile: 'migration/v1-to-v2.mdx'}).map(formatFinding);
}

describe('validateDeclarations', () => {
  it('accepts a complete deprecation', () => {
    expect(check(['@since 1.0', '@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.4', '@migration events'])).toEqual([]);
  });

  it('accepts an API that is only available', () => {
    expect(check(['@since 2.1'])).toEqual([]);
  });

  it.each([
    ['a deprecation with no replacement', ['@since 1.0', '@deprecated 2.0 Stop using it.', '@removed 2.4', '@migration events'], 'migration/replacement'],
    ['@removed earlier than @deprecated', ['@since 1.0', '@deprecated 2.1 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.0', '@migration events'], 'migration/order'],
    ['@removed with no @deprecated', ['@since 1.0', '@removed 2.4', '@migration events'], 'migration/order'],
    ['a matrix cell with no migration step', ['@since 1.0', '@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.4'], 'migration/step'],
    ['a migration step the guide does not have', ['@since 1.0', '@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.4', '@migration evnets'], 'migration/step'],
    ['no @since', ['@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.'], 'migration/since'],
    ['a runtime version that was never released', ['@since 1.9'], 'migration/version'],
  ])('rejects %s', (_name, tags, ruleId) => {
    const findings = check(tags);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toContain(`(${ruleId})`);
    expect(findings[0]).toMatch(/^migration\/api\/v1\/index\.d\.ts:\d+:1 error Unexpected .*, expected /);
  });

  it('names the file and line of each bad tag', () => {
    expect(check(['@since 1.0', '@deprecated 2.0 Stop using it.', '@removed 2.4', '@migration events'])).toMatchInlineSnapshot(`
      [
        "migration/api/v1/index.d.ts:5:1 error Unexpected @deprecated without a replacement on \`v1.on\`, expected \`@deprecated <version> Use {@link <replacement>} instead.\` (migration/replacement)",
      ]
    `);
    expect(check(['@since 1.0', '@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.4'])).toMatchInlineSnapshot(`
      [
        "migration/api/v1/index.d.ts:5:1 error Unexpected deprecated or removed cells of \`v1.on\` with no migration step, expected \`@migration <step>\` naming one of #entry-point, #events in migration/v1-to-v2.mdx (migration/step)",
      ]
    `);
  });

  it('rejects a removal date before the deprecation date', () => {
    // Runtime 2.4 scheduled before 2.0 shipped: the versions are in order, the dates are not.
    const releases = runtimeReleases.map((r) => (r.version === '2.4' ? {...r, released: '2025-01-06'} : r));
    expect(check(['@since 1.0', '@deprecated 2.0 Use {@link v2.EventBus.subscribe} instead.', '@removed 2.4', '@migration events'], releases)).toMatchInlineSnapshot(`
      [
        "migration/api/v1/index.d.ts:6:1 error Unexpected removal date 2025-01-06 (runtime 2.4) on or before the deprecation date 2025-06-02 (runtime 2.0) of \`v1.on\`, expected the removal after the deprecation (migration/removal-date)",
      ]
    `);
  });

  it('passes the real declarations', async () => {
    const {loadMigrationModel} = await import('../load');
    const o = validateOptions({options: {releases: runtimeReleases}, validate: () => ({})} as never);
    const model = await loadMigrationModel(path.resolve('.'), o);
    expect(model.findings.map(formatFinding)).toEqual([]);
  });
});

describe('validateReleases', () => {
  it('accepts the release history', () => {
    expect(validateReleases(runtimeReleases, 'migration/releases.ts', '')).toEqual([]);
  });

  it('rejects bad dates and order with the release line', () => {
    const text = "  {version: '2.0', released: '2025-06-02'},\n  {version: '1.9', released: '2025-07-01'},\n  {version: '2.1', released: '2025-13-01'},\n";
    const bad = [
      {version: '2.0', released: '2025-06-02', supportEnds: '2026-04-06', endOfLife: '2026-10-05'},
      {version: '1.9', released: '2025-07-01', supportEnds: '2026-04-06', endOfLife: '2026-10-05'},
      {version: '2.1', released: '2025-13-01', supportEnds: '2026-04-06', endOfLife: '2026-10-05'},
    ];
    expect(validateReleases(bad, 'migration/releases.ts', text).map(formatFinding)).toMatchInlineSnapshot(`
      [
        "migration/releases.ts:2:1 error Unexpected release 1.9 after 2.0, expected releases in ascending version order (migration/releases)",
        "migration/releases.ts:3:1 error Unexpected released "2025-13-01" in release 2.1, expected a real calendar date (YYYY-MM-DD) (migration/releases)",
      ]
    `);
  });
});

describe('the migration build plugin', () => {
  it('fails the build on bad input, naming the declaration file and line, when it loads its content', async () => {
    const siteDir = path.join(__dirname, '__fixtures__/bad-site');
    const context = {siteDir, siteConfig: {url: 'https://docs.ax.example'}} as unknown as LoadContext;
    const options = validateOptions({options: {releases: runtimeReleases, apis: ['v1'], guide: 'migration/guide.mdx', referenceOut: false}, validate: () => ({})} as never);
    // The sources are read in a worker started with the plugin; loadContent reports what it found.
    await expect(migrationPlugin(context, options).loadContent!()).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: The migration sources have 2 error(s):
        migration/api/v1/index.d.ts:6:1 error Unexpected @deprecated without a replacement on \`v1.register\`, expected \`@deprecated <version> Use {@link <replacement>} instead.\` (migration/replacement)
        migration/api/v1/index.d.ts:6:1 error Unexpected deprecated or removed cells of \`v1.register\` with no migration step, expected \`@migration <step>\` naming one of #entry-point in migration/guide.mdx (migration/step)]
    `);
  });
});
