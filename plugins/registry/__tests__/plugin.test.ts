import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {components, teams} from '../../../src/content-model/registry';
import registryPlugin from '../index';
import {validateOptions} from '../options';

describe('registry plugin', () => {
  const options = validateOptions({options: {}, validate: (() => undefined) as never});
  const plugin = registryPlugin({siteDir: process.cwd()} as LoadContext, options);

  it('writes one JSON view model per registry page, and nothing to global data', async () => {
    const content = await plugin.loadContent!();
    const data: Record<string, string> = {};
    let globalData: unknown;
    await plugin.contentLoaded!({
      content,
      actions: {setGlobalData: (d: unknown) => (globalData = d), createData: async (name: string, text: string) => ((data[name] = text), name)} as never,
    });
    expect(Object.keys(data).sort()).toEqual(['architecture.json', 'ownership.json', 'review-intervals.json']);
    expect(globalData).toBeUndefined();
    const ownership = JSON.parse(data['ownership.json']!) as {rows: {name: string; team: {name: string}}[]; teams: unknown[]};
    expect(ownership.rows).toHaveLength(components.length);
    expect(ownership.teams).toHaveLength(teams.length);
    expect(ownership.rows[0]).toMatchObject({name: 'ax CLI', team: {name: 'CLI/TypeScript Squad'}});
  });

  it('names components in the architecture map text and gives each kind its interval', async () => {
    const {architecture, reviewIntervals} = await plugin.loadContent!();
    expect(architecture.layout.nodes).toHaveLength(components.length);
    expect(architecture.edges[0]).toEqual({key: 'cli-templates', from: 'ax CLI', to: expect.any(String), label: 'ax plugin init'});
    expect(reviewIntervals.map((r) => r.kind)).toEqual(['guide', 'tutorial', 'runbook', 'policy', 'reference', 'binder', 'lab']);
  });

  it('rejects unknown options', () => {
    expect(() => validateOptions({options: {teams: []} as never, validate: (() => undefined) as never})).toThrow(/teams|Unrecognized/);
  });
});
