/**
 * The CLI reference pages as plain data, from the CLI spec and the catalog: what each command
 * does, its flags with their value hints, and the errors whose fixes run it.
 */
import {outputFields, type OutputFieldRow} from '../cli-spec/output-fields';
import {checkAxCommand, cliSpec, commandSlug, findAxCommands, listCommands, synopsis, valueHint, type CommandSpec, type FlagSpec} from '../cli-spec';
import type {ErrorEntry} from './entry';

/** A flag as its table row shows it; `value` is the hint (`<name>`, `a|b`), absent for a switch. */
export interface FlagRow {
  name: string;
  short?: string;
  value?: string;
  default?: string;
  description: string;
  required?: boolean;
  repeatable?: boolean;
}

/** A CLI reference page. */
export interface CliPageData {
  fullName: string;
  slug: string;
  synopsis: string;
  /** The command, with flags as rows and subcommands as their names and summaries. */
  command: Omit<CommandSpec, 'flags' | 'subcommands' | 'output'> & {subcommands?: Array<{name: string; summary: string}>};
  flags: FlagRow[];
  /** Parent group, for the breadcrumb. */
  parent?: {fullName: string; slug: string};
  /** Errors whose fixes use this command. */
  errors: Array<{id: string; title: string}>;
  globalFlags: FlagRow[];
  /** What `--format json` prints: its fields as table rows, and the JSON Schema as published text. */
  output?: {fields: OutputFieldRow[]; schema: string};
}

/** One row of the command list on the CLI reference overview. */
export interface CliCommandRow {
  fullName: string;
  slug: string;
  summary: string;
  audience: CommandSpec['audience'];
}

const flagRow = (f: FlagSpec): FlagRow => ({
  name: f.name,
  ...(f.short ? {short: f.short} : {}),
  ...(f.value ? {value: valueHint(f.value)} : {}),
  ...(f.default !== undefined ? {default: f.default} : {}),
  description: f.description,
  ...(f.required ? {required: true} : {}),
  ...(f.repeatable ? {repeatable: true} : {}),
});

/** Which active errors run each command in their fixes, keyed by full command name. */
function errorsByCommand(catalog: readonly ErrorEntry[]): Map<string, Array<{id: string; title: string}>> {
  const names = listCommands().map((c) => c.fullName).sort((a, b) => b.length - a.length);
  const map = new Map<string, Array<{id: string; title: string}>>();
  for (const e of catalog) {
    if (e.retiredIn) continue;
    const lines = e.fixes.flatMap((f) => [...(f.command ? [f.command] : []), ...findAxCommands(f.step).map((c) => c.command)]);
    const used = new Set<string>();
    for (const line of lines) {
      if (!checkAxCommand(line).ok) continue;
      const name = names.find((n) => line === n || line.startsWith(`${n} `));
      if (name) used.add(name);
    }
    for (const name of used) map.set(name, [...(map.get(name) ?? []), {id: e.id, title: e.title}]);
  }
  return map;
}

/** One page per command of the CLI spec. */
export function cliPages(catalog: readonly ErrorEntry[]): CliPageData[] {
  const byCommand = errorsByCommand(catalog);
  const all = listCommands();
  return all.map((c) => {
    const parent = all.find((p) => p.path.length === c.path.length - 1 && p.path.every((w, i) => c.path[i] === w));
    const {flags = [], subcommands, output, ...rest} = c.command;
    const command = subcommands ? {...rest, subcommands: subcommands.map((s) => ({name: s.name, summary: s.summary}))} : rest;
    return {
      fullName: c.fullName,
      slug: commandSlug(c.path),
      synopsis: synopsis(c),
      command,
      flags: flags.map(flagRow),
      ...(parent ? {parent: {fullName: parent.fullName, slug: commandSlug(parent.path)}} : {}),
      errors: byCommand.get(c.fullName) ?? [],
      globalFlags: cliSpec.globalFlags.map(flagRow),
      ...(output ? {output: {fields: outputFields(output), schema: JSON.stringify({$schema: 'https://json-schema.org/draft/2020-12/schema', ...output}, null, 2)}} : {}),
    };
  });
}

/** Every command with its summary, for the list on the CLI reference overview. */
export function cliCommandRows(): CliCommandRow[] {
  return listCommands(cliSpec).map((r) => ({fullName: r.fullName, slug: commandSlug(r.path), summary: r.command.summary, audience: r.command.audience}));
}
