import type {CommandEntry} from './spec';
import type {CommandSpec, FlagSpec} from './types';
import {valueHint} from './values';

/** The URL slug of a command's reference page: `plugin-init` for `ax plugin init`. */
export function commandSlug(path: readonly string[]): string {
  return path.join('-');
}

const flagUsage = (f: FlagSpec): string => {
  const body = f.value ? `--${f.name} ${valueHint(f.value)}` : `--${f.name}`;
  return f.required ? body : `[${body}]`;
};

/** One-line usage: `ax plugin init <name> --template auth|… [--datastore postgres|sqlite|none]`. */
export function synopsis(entry: Pick<CommandEntry, 'fullName' | 'command'>): string {
  const c: CommandSpec = entry.command;
  if (c.subcommands) return `${entry.fullName} <${c.subcommands.map((s) => s.name).join('|')}>`;
  const args = (c.args ?? []).map((a) => {
    const body = `<${a.name}>${a.variadic ? '…' : ''}`;
    return a.required ? body : `[${body}]`;
  });
  return [entry.fullName, ...args, ...(c.flags ?? []).map(flagUsage)].join(' ');
}

