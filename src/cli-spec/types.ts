/** The kinds of value a flag or positional argument takes. */
export type ValueType =
  /** One of a fixed set of words. */
  | {kind: 'enum'; values: readonly string[]}
  /** Free text, e.g. a plugin name or a reason. `hint` names it in synopses: `<name>`. */
  | {kind: 'string'; hint: string}
  /** A semantic version, full or partial: `2`, `2.1`, `2.1.0`, `2.1.0-rc.1`. */
  | {kind: 'version'; hint?: string}
  /** A calendar date, `YYYY-MM-DD`. */
  | {kind: 'date'; hint?: string}
  /** A duration such as `30s`, `15m`, `2h` or `7d`. */
  | {kind: 'duration'; hint?: string}
  /** A whole number. */
  | {kind: 'integer'; hint?: string; min?: number; max?: number}
  /** A file or folder path. */
  | {kind: 'path'; hint?: string};

/** A `--flag`. A flag without `value` is a boolean switch. */
export interface FlagSpec {
  /** Long name without dashes, e.g. `template`. */
  name: string;
  /** One-letter short form without the dash, e.g. `t`. */
  short?: string;
  description: string;
  value?: ValueType;
  /** The value used when the flag is absent, as the CLI prints it in `--help`. */
  default?: string;
  /** The command fails without it. */
  required?: boolean;
  /** May be given more than once. */
  repeatable?: boolean;
}

/** A positional argument. */
export interface ArgSpec {
  name: string;
  description: string;
  value: ValueType;
  required: boolean;
  /** Takes every remaining positional token. */
  variadic?: boolean;
}

/** One worked example shown on the command's reference page. */
export interface ExampleSpec {
  command: string;
  description: string;
}

/** A command, or a group of subcommands (`ax plugin`), in the `ax` command tree. */
export interface CommandSpec {
  /** The word typed on the command line, e.g. `init`. */
  name: string;
  /** Other words that select the same command. */
  aliases?: readonly string[];
  /** One line, shown in lists. */
  summary: string;
  /** A paragraph, shown on the command's reference page. */
  description: string;
  /** Component (from the registry) that answers this command. */
  component: 'cli' | 'runtime' | 'marketplace' | 'telemetry' | 'governance' | 'templates';
  /** Who may run it: every developer, or the operations roles only. */
  audience: 'developer' | 'operator';
  args?: readonly ArgSpec[];
  flags?: readonly FlagSpec[];
  subcommands?: readonly CommandSpec[];
  examples?: readonly ExampleSpec[];
  /** What `--format json` prints, for commands whose output scripts and labs read. */
  output?: OutputSchema;
  /** CLI version that added the command. */
  introducedIn: string;
}

/** The root of the tree: the `ax` binary itself. */
export interface CliSpec {
  name: 'ax';
  /** CLI version this spec describes. */
  version: string;
  description: string;
  /** Flags every command accepts. */
  globalFlags: readonly FlagSpec[];
  commands: readonly CommandSpec[];
}

export type CheckResult = {ok: true} | {ok: false; message: string};

/**
 * The JSON Schema (a subset of draft 2020-12) of what a command prints with `--format json`.
 * Plain data, so it is published as is, shown on the CLI reference and checked in the browser.
 */
export type OutputSchema =
  | {type: 'object'; description?: string; properties: Readonly<Record<string, OutputSchema>>; required?: readonly string[]; additionalProperties?: boolean}
  | {type: 'array'; description?: string; items: OutputSchema; minItems?: number}
  | {type: 'string'; description?: string; enum?: readonly string[]; pattern?: string}
  | {type: 'integer' | 'number'; description?: string; minimum?: number}
  | {type: 'boolean'; description?: string};
