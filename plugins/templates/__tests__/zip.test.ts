import path from 'node:path';
import {unzipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import {runtimeReleases} from '../../../migration/releases';
import {checkAgainstApi} from '../../../src/template-model/api-check';
import {listFiles, type LoadedTemplate} from '../../../src/template-model/load';
import {loadTemplatesContent} from '../content';
import {zipWorkspace} from '../zip';

const siteDir = path.resolve('.');
const content = await loadTemplatesContent({siteDir, releases: runtimeReleases});

describe('the sample workspaces', () => {
  it('are one per template of the registry', () => {
    expect(content.samples.map((s) => s.archetype)).toEqual(content.index.templates.map((t) => t.archetype));
  });

  it.each(content.samples.map((s) => [s.archetype, s] as const))('%s.zip unpacks to the scaffold with the manifest filled in as ax plugin init would', (archetype, sample) => {
    const files = unzipSync(zipWorkspace(`hello-${archetype}`, sample.files));
    const names = Object.keys(files);
    expect(names).toEqual(listFiles(path.join(siteDir, 'templates', archetype)).map((f) => `hello-${archetype}/${f}`));
    const manifestText = new TextDecoder().decode(files[`hello-${archetype}/ax-plugin.json`]);
    const manifest = JSON.parse(manifestText) as {name: string; runtime: string; permissions: string[]};
    const page = content.pages.find((p) => p.summary.archetype === archetype)!;
    expect(manifest.name).toBe(`hello-${archetype}`);
    expect(manifest.runtime).toBe(page.sample!.choice.runtime);
    expect(page.sample!.command).toBe(`ax plugin init hello-${archetype} --template ${archetype} --datastore ${page.sample!.choice.datastore} --runtime ${manifest.runtime}`);
    // The manifest as the v2 runtime declares it: the compiler checks it against ManifestV2.
    const unpacked = {entry: {archetype}, dir: `templates/${archetype}`, manifestText, sourceFiles: []} as unknown as LoadedTemplate;
    const checked = checkAgainstApi(siteDir, 'v2', 'migration/api/v2/index.d.ts', 'ManifestV2', [unpacked]);
    expect(checked.byTemplate[archetype]!.manifestErrors).toEqual([]);
  });

  it('fill in the datastore\'s permissions', () => {
    const manifest = JSON.parse(content.samples.find((s) => s.archetype === 'data-sync')!.files.find((f) => f.path === 'ax-plugin.json')!.text) as {permissions: string[]};
    expect(manifest.permissions).toContain('datastore:postgres');
  });

  it('are the same bytes on every build', () => {
    const sample = content.samples[0]!;
    expect(zipWorkspace('a', sample.files)).toEqual(zipWorkspace('a', [...sample.files].reverse()));
  });

  it('would catch a manifest that breaks the v2 manifest', () => {
    const broken = {entry: {archetype: 'x'}, dir: 'templates/x', manifestText: '{"manifestVersion": 2, "name": "x", "main": "index.js"}', sourceFiles: []} as unknown as LoadedTemplate;
    expect(checkAgainstApi(siteDir, 'v2', 'migration/api/v2/index.d.ts', 'ManifestV2', [broken]).byTemplate.x!.manifestErrors.map((e) => `${e.line} ${e.message}`)).toMatchInlineSnapshot(`
      [
        "1 TS2353: Object literal may only specify known properties, and '"main"' does not exist in type 'ManifestV2'.",
      ]
    `);
  });
});

describe('the template pages', () => {
  it('list every datastore × runtime combination of a template as its command', () => {
    const page = content.pages.find((p) => p.summary.archetype === 'data-sync')!;
    expect(page.commands.map((c) => c.command)).toMatchInlineSnapshot(`
      [
        "ax plugin init hello-data-sync --template data-sync --datastore postgres --runtime 2.2",
        "ax plugin init hello-data-sync --template data-sync --datastore postgres --runtime 2.3",
        "ax plugin init hello-data-sync --template data-sync --datastore sqlite --runtime 2.2",
        "ax plugin init hello-data-sync --template data-sync --datastore sqlite --runtime 2.3",
        "ax plugin init hello-data-sync --template data-sync --datastore none --runtime 2.2",
        "ax plugin init hello-data-sync --template data-sync --datastore none --runtime 2.3",
      ]
    `);
  });

  it('show the manifest, the entry module and the highlighted files, marked in the tree', () => {
    const page = content.pages.find((p) => p.summary.archetype === 'data-sync')!;
    expect(page.shownFiles.map((f) => `${f.path} ${f.language}`)).toEqual(['ax-plugin.json json', 'src/index.ts ts', 'src/sync.ts ts']);
    expect(page.tree.map((n) => `${'  '.repeat(n.depth)}${n.name}${n.shown ? ' *' : ''}`)).toMatchInlineSnapshot(`
      [
        "src/",
        "  index.ts *",
        "  sync.ts *",
        "test/",
        "  sync.test.ts",
        "ax-lint.json",
        "ax-plugin.json *",
      ]
    `);
  });

  it('carry the owner and the day the template last changed', () => {
    for (const page of content.pages) {
      expect(page.owner).toBe('cli');
      expect(page.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('give the matrix a row per template and a cell per release', () => {
    expect(content.matrix.rows).toHaveLength(content.pages.length);
    for (const row of content.matrix.rows) expect(row.cells.map((c) => c.runtime)).toEqual(runtimeReleases.map((r) => r.version));
  });
});
