import {describe, expect, it} from 'vitest';
import {runtimeReleases} from '../../../migration/releases';
import {datastores as adapters, templateRegistry} from '../../../templates/registry';
import {cliSpec} from '../../cli-spec';
import {datastores, templates} from '../../cli-spec/values';
import {defaultDatastore, defaultRuntime, newestTemplateRuntime} from '../defaults';

const init = cliSpec.commands.find((c) => c.name === 'plugin')!.subcommands!.find((c) => c.name === 'init')!;
const flag = (name: string) => init.flags!.find((f) => f.name === name)!;

describe('ax plugin init reads the template registry', () => {
  it('offers every archetype and datastore of the registry, in its order', () => {
    expect(templates).toEqual(templateRegistry.map((t) => t.archetype));
    expect(datastores).toEqual(adapters.map((d) => d.id));
    expect(flag('template').value).toEqual({kind: 'enum', values: templates});
    expect(flag('datastore').value).toEqual({kind: 'enum', values: datastores});
  });

  it('defaults --runtime to the newest released runtime a template claims, never a planned one', () => {
    const newest = runtimeReleases.filter((r) => !r.planned).at(-1)!.version;
    expect(flag('runtime').default).toBe(newestTemplateRuntime(templateRegistry, runtimeReleases));
    expect(flag('runtime').default).toBe(newest);
    const planned = runtimeReleases.find((r) => r.planned)!.version;
    expect(defaultRuntime({archetype: 'x', datastores: ['none'], compatibility: {runtimes: ['2.2', planned]}}, runtimeReleases)).toBe('2.2');
  });

  it('defaults --datastore to the template\'s first', () => {
    expect(defaultDatastore(templateRegistry.find((t) => t.archetype === 'data-sync')!)).toBe('postgres');
  });
});
