import {developerCommands} from './commands/developer';
import {backupCommand, dbCommand, incidentCommand, keysCommand, marketplaceCommand, policyCommand, runtimeCommand, telemetryCommand} from './commands/operations';
import {pluginCommand} from './commands/plugin';
import type {CliSpec, CommandSpec} from './types';
import {text} from './values';

/** The `ax` command tree of CLI 2.1: what every `ax …` line on this site is checked against. */
export const cliSpec: CliSpec = {
  name: 'ax',
  version: '2.1.0',
  description: 'The command-line tool of the ax v2 plugin platform: sign in, scaffold, validate and publish plugins, read logs, and operate the platform.',
  globalFlags: [
    {name: 'help', short: 'h', description: 'Show help for the command.'},
    {name: 'version', description: 'Print the CLI version.'},
    {name: 'profile', short: 'p', description: 'Profile (organisation and credentials) to use.', value: text('profile'), default: 'default'},
    {name: 'verbose', short: 'v', description: 'Print debug output, including the correlation ID of every request.'},
    {name: 'quiet', short: 'q', description: 'Print only errors.'},
    {name: 'no-color', description: 'Do not colour output.'},
  ],
  commands: [
    ...developerCommands,
    pluginCommand,
    runtimeCommand,
    marketplaceCommand,
    telemetryCommand,
    policyCommand,
    keysCommand,
    dbCommand,
    backupCommand,
    incidentCommand,
  ],
};

/** A command with the words that reach it, e.g. `['plugin', 'init']`. */
export interface CommandEntry {
  path: readonly string[];
  /** `ax plugin init`. */
  fullName: string;
  command: CommandSpec;
}

/** Every command and group in the tree, depth first, in spec order. */
export function listCommands(spec: CliSpec = cliSpec): CommandEntry[] {
  const out: CommandEntry[] = [];
  const walk = (commands: readonly CommandSpec[], prefix: readonly string[]) => {
    for (const command of commands) {
      const path = [...prefix, command.name];
      out.push({path, fullName: ['ax', ...path].join(' '), command});
      if (command.subcommands) walk(command.subcommands, path);
    }
  };
  walk(spec.commands, []);
  return out;
}
