import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {afterAll, describe, expect, it} from 'vitest';
import migrationPlugin from '..';
import {optionsSchema, type PluginOptions} from '../options';

const siteDir = mkdtempSync(path.join(os.tmpdir(), 'ax-migration-plugin-'));
afterAll(() => rmSync(siteDir, {recursive: true, force: true}));

describe('the migration plugin on a cold build', () => {
  it('starts typedoc before the sources are read, and fails with the run’s own error when its inputs are missing', async () => {
    const options: PluginOptions = {...optionsSchema.parse({releases: [{}], referenceOut: 'reference'}), id: 'default'};
    const plugin = migrationPlugin({siteDir, siteConfig: {url: 'https://docs.example', baseUrl: '/'}} as LoadContext, options);
    await expect(plugin.loadContent!()).rejects.toThrow(/^ENOENT: no such file or directory, open '.*\/migration\/api\/tsconfig\.json'$/);
  });
});
