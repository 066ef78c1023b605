import {checkAxCommand, cliSpec, tokenize, type CliSpec, type CommandSpec, type FlagSpec} from '../cli-spec';

/** An `ax` command line read against the spec: which command, which flags with which values, which arguments. */
export interface ParsedCommand {
  /** Command words after `ax`, e.g. `['plugin', 'publish']`. */
  path: string[];
  command: CommandSpec | undefined;
  /** Flags by long name, as typed; `true` for a switch. Unknown flags keep the word typed. */
  flags: Map<string, {value: string | true; spec: FlagSpec | undefined; placeholder: boolean}>;
  /** Positional arguments by the spec's argument name, in order. */
  args: {name: string; value: string; placeholder: boolean}[];
}

const byName = (flags: readonly FlagSpec[], word: string) => (word.startsWith('--') ? flags.find((f) => f.name === word.slice(2)) : flags.find((f) => f.short === word.slice(1)));

/** Reads a command line without judging it: {@link checkAxCommand} says what is wrong. */
export function parseCommand(line: string, spec: CliSpec = cliSpec): ParsedCommand {
  const tokens = tokenize(line.trim().replace(/^\$\s+/, '')).slice(1);
  const out: ParsedCommand = {path: [], command: undefined, flags: new Map(), args: []};
  let level: readonly CommandSpec[] = spec.commands;
  const positionals: {value: string; placeholder: boolean}[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.quoted && /^-[^\d]/.test(token.value)) {
      const [word, inline] = token.value.includes('=') ? [token.value.slice(0, token.value.indexOf('=')), token.value.slice(token.value.indexOf('=') + 1)] : [token.value, undefined];
      const flag = byName(out.command?.flags ?? [], word) ?? byName(spec.globalFlags, word);
      let value: string | true = true;
      let placeholder = false;
      if (flag?.value) {
        const next = inline === undefined ? tokens[i + 1] : {value: inline, placeholder: false, quoted: false};
        if (next && (next.quoted || !/^--?[a-z]/i.test(next.value))) {
          value = next.value;
          placeholder = next.placeholder;
          if (inline === undefined) i++;
        }
      }
      out.flags.set(flag?.name ?? word.replace(/^-+/, ''), {value, spec: flag, placeholder});
      continue;
    }
    if (!out.command || out.command.subcommands) {
      const next = level.find((c) => c.name === token.value || c.aliases?.includes(token.value));
      if (!next) {
        out.path.push(token.value);
        out.command = undefined;
        break;
      }
      out.command = next;
      out.path.push(next.name);
      level = next.subcommands ?? [];
      continue;
    }
    positionals.push({value: token.value, placeholder: token.placeholder});
  }
  const argSpecs = out.command?.args ?? [];
  out.args = positionals.map((p, i) => ({name: argSpecs[Math.min(i, argSpecs.length - 1)]?.name ?? `arg${i + 1}`, ...p}));
  return out;
}

/** Flag and argument values of a parsed command, by name: what later steps compare against. */
export function commandFacts(parsed: ParsedCommand): Record<string, string | true> {
  const facts: Record<string, string | true> = {};
  for (const a of parsed.args) facts[a.name] = a.value;
  for (const [name, f] of parsed.flags) facts[name] = f.value;
  return facts;
}

export {checkAxCommand};
