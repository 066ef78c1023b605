import {readFileSync} from 'node:fs';
import path from 'node:path';
import {checkAxCommand, cliSpec, type CliSpec, type CommandSpec} from '../cli-spec';
import {defaultDatastore, defaultRuntime, samplePluginName, type ReleaseStatus} from './defaults';
import {manifestFile, type LoadedTemplate} from './load';
import type {Datastore} from './schema';

/** What `ax plugin init` is told: the plugin's name and the flag values. */
export interface ScaffoldChoice {
  name: string;
  datastore: string;
  runtime: string;
}

/** One file of a scaffold as `ax plugin init` writes it. */
export interface ScaffoldFile {
  /** Relative to the plugin folder, with forward slashes. */
  path: string;
  text: string;
}

/** The exact `ax plugin init` command for a choice. */
export function initCommand(archetype: string, choice: ScaffoldChoice): string {
  return `ax plugin init ${choice.name} --template ${archetype} --datastore ${choice.datastore} --runtime ${choice.runtime}`;
}

/**
 * The CLI spec with `ax plugin init`'s `--template` and `--datastore` values taken from a given
 * registry: the site's spec reads the site's registry, and a checked tree (a fixture site) has its own.
 */
function specWith(values: {template: readonly string[]; datastore: readonly string[]}): CliSpec {
  const withValues = (c: CommandSpec, path: string): CommandSpec => ({
    ...c,
    ...(c.flags ? {flags: c.flags.map((f) => (path === 'plugin init' && (f.name === 'template' || f.name === 'datastore') ? {...f, value: {kind: 'enum' as const, values: [...values[f.name]]}} : f))} : {}),
    ...(c.subcommands ? {subcommands: c.subcommands.map((s) => withValues(s, `${path} ${s.name}`.trim()))} : {}),
  });
  return {...cliSpec, commands: cliSpec.commands.map((c) => withValues(c, c.name))};
}

/**
 * Every datastore × runtime combination the template supports, with its command, checked
 * against the CLI spec (its `--template` and `--datastore` values from the same registry).
 */
export function combinations(t: LoadedTemplate, registry: {template: readonly string[]; datastore: readonly string[]} = {template: [t.entry.archetype], datastore: t.entry.datastores}): {choice: ScaffoldChoice; command: string; problem?: string}[] {
  const spec = specWith(registry);
  const name = samplePluginName(t.entry.archetype);
  return t.entry.datastores.flatMap((datastore) =>
    t.entry.compatibility.runtimes.map((runtime) => {
      const choice = {name, datastore, runtime};
      const command = initCommand(t.entry.archetype, choice);
      const checked = checkAxCommand(command, {strict: true, spec});
      return checked.ok ? {choice, command} : {choice, command, problem: checked.message ?? 'rejected by the CLI spec'};
    }),
  );
}

/**
 * The sample workspace's choice: what `ax plugin init` does with no `--datastore` or
 * `--runtime` (the template's first datastore, its newest released runtime), for the sample
 * plugin name. Undefined when the template claims no released runtime.
 */
export function sampleChoice(t: LoadedTemplate, releases: readonly ReleaseStatus[]): ScaffoldChoice | undefined {
  const runtime = defaultRuntime(t.entry, releases);
  return runtime ? {name: samplePluginName(t.entry.archetype), datastore: defaultDatastore(t.entry), runtime} : undefined;
}

/**
 * The scaffold's files as `ax plugin init` writes them: the manifest gets the name, the runtime
 * and the datastore's permissions; every other file gets the name in place of the sample's.
 */
export function scaffoldFiles(root: string, t: LoadedTemplate, datastores: readonly Datastore[], choice: ScaffoldChoice): ScaffoldFile[] {
  const sample = samplePluginName(t.entry.archetype);
  const extra = datastores.find((d) => d.id === choice.datastore)?.permissions ?? [];
  return t.files.map((file) => {
    const text = readFileSync(path.join(root, t.dir, file), 'utf8');
    if (file !== manifestFile) return {path: file, text: text.split(sample).join(choice.name)};
    const manifest = JSON.parse(text) as Record<string, unknown>;
    const permissions = Array.isArray(manifest.permissions) ? (manifest.permissions as string[]) : [];
    const filled = {...manifest, name: choice.name, runtime: choice.runtime, permissions: [...new Set([...permissions, ...extra])]};
    return {path: file, text: `${JSON.stringify(filled, null, 2)}\n`};
  });
}
