import {cliSpec} from './spec';
import {closest} from '../text/edit-distance';
import {tokenize, type Token} from './tokenize';
import type {CheckResult, CliSpec, CommandSpec, FlagSpec} from './types';
import {describeValue, matchesValue} from './values';

export interface CheckOptions {
  /**
   * Also require a subcommand after a group, every required argument and flag, and a value
   * for every flag that takes one. Off by default, so prose may name `ax plugin init`,
   * `ax runtime` or `ax logs --correlation-id` on their own.
   */
  strict?: boolean;
  spec?: CliSpec;
}

const fail = (message: string): CheckResult => ({ok: false, message});
const hint = (input: string, candidates: readonly string[]): string => {
  const near = closest(input, candidates, 1)[0];
  return near ? ` (did you mean ${near}?)` : '';
};
const flagLabel = (f: FlagSpec): string => `--${f.name}`;
const isElision = (t: Token): boolean => !t.quoted && (t.value === '…' || t.value === '...');

function findFlag(flags: readonly FlagSpec[], word: string): FlagSpec | undefined {
  if (word.startsWith('--')) return flags.find((f) => f.name === word.slice(2));
  return flags.find((f) => f.short === word.slice(1));
}

/**
 * Checks one `ax …` command line against the CLI spec: command words, flags, flag values and
 * positional arguments. Placeholders such as `<name>` or `${VERSION}` are valid values.
 */
export function checkAxCommand(commandLine: string, options: CheckOptions = {}): CheckResult {
  const spec = options.spec ?? cliSpec;
  const tokens = tokenize(commandLine.trim().replace(/^\$\s+/, ''));
  if (tokens[0]?.value !== spec.name) return fail(`Unexpected command \`${tokens[0]?.value ?? ''}\`, expected a line starting with \`${spec.name}\``);

  const words: string[] = [spec.name];
  let level: readonly CommandSpec[] = spec.commands;
  let current: CommandSpec | undefined;
  const positionals: Token[] = [];
  const seenFlags = new Set<string>();
  let wantsHelp = false;

  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isElision(token)) return {ok: true};
    const name = words.join(' ');
    if (!token.quoted && /^-[^\d]/.test(token.value) && token.value !== '-') {
      const [word, inline] = token.value.includes('=') ? [token.value.slice(0, token.value.indexOf('=')), token.value.slice(token.value.indexOf('=') + 1)] : [token.value, undefined];
      const own = current?.flags ?? [];
      const flag = findFlag(own, word) ?? findFlag(spec.globalFlags, word);
      if (!flag) {
        const expected = own.length ? `expected one of ${own.map(flagLabel).join(', ')}` : current ? 'expected no flags besides the global ones' : 'expected a command';
        return fail(`Unexpected flag \`${word}\` for \`${name}\`, ${expected}${hint(word, own.map(flagLabel))}`);
      }
      if (flag.name === 'help' || flag.name === 'version') wantsHelp = true;
      if (seenFlags.has(flag.name) && !flag.repeatable) return fail(`Unexpected second \`--${flag.name}\` for \`${name}\`, expected it at most once`);
      seenFlags.add(flag.name);
      if (!flag.value) {
        if (inline !== undefined) return fail(`Unexpected value \`${inline}\` for \`--${flag.name}\` of \`${name}\`, expected no value: it is a switch`);
        continue;
      }
      let value: Token | undefined = inline !== undefined ? {value: inline, placeholder: /<[^<>\s]+>|\$\{[^}]+\}|^\$\w+$/.test(inline), quoted: false} : tokens[i + 1];
      if (inline === undefined) {
        if (value && !value.quoted && /^--?[a-z]/i.test(value.value)) value = undefined;
        if (value) i++;
      }
      if (!value || isElision(value)) {
        if (value && isElision(value)) return {ok: true};
        // Prose names a flag on its own ("the `ax logs --correlation-id` command"); only strict checks want its value.
        if (!options.strict) continue;
        return fail(`Missing value for \`--${flag.name}\` of \`${name}\`, expected ${describeValue(flag.value)}`);
      }
      if (!value.placeholder && !matchesValue(flag.value, value.value)) {
        const near = flag.value.kind === 'enum' ? hint(value.value, flag.value.values) : '';
        return fail(`Unexpected value \`${value.value}\` for \`--${flag.name}\` of \`${name}\`, expected ${describeValue(flag.value)}${near}`);
      }
      continue;
    }
    if (!current || current.subcommands) {
      const next = level.find((c) => c.name === token.value || c.aliases?.includes(token.value));
      if (!next) {
        const names = level.map((c) => c.name);
        return fail(`Unexpected command \`${name} ${token.value}\`, expected one of ${names.join(', ')}${hint(token.value, names)}`);
      }
      current = next;
      words.push(next.name);
      level = next.subcommands ?? [];
      continue;
    }
    positionals.push(token);
  }

  const name = words.join(' ');
  if (!current) return options.strict && !wantsHelp ? fail(`Unexpected end of command \`${name}\`, expected one of ${level.map((c) => c.name).join(', ')}`) : {ok: true};
  if (current.subcommands) {
    return options.strict && !wantsHelp ? fail(`Unexpected end of command \`${name}\`, expected one of ${current.subcommands.map((c) => c.name).join(', ')}`) : {ok: true};
  }
  const args = current.args ?? [];
  const variadic = args.some((a) => a.variadic);
  if (positionals.length > args.length && !variadic) {
    const extra = positionals[args.length]!.value;
    const expected = args.length ? `expected at most ${args.map((a) => `<${a.name}>`).join(' ')}` : 'expected no arguments';
    return fail(`Unexpected argument \`${extra}\` for \`${name}\`, ${expected}`);
  }
  for (const [index, arg] of args.entries()) {
    const given = arg.variadic ? positionals.slice(index) : positionals.slice(index, index + 1);
    for (const token of given) {
      if (!token.placeholder && !matchesValue(arg.value, token.value)) return fail(`Unexpected value \`${token.value}\` for <${arg.name}> of \`${name}\`, expected ${describeValue(arg.value)}`);
    }
    if (!given.length && arg.required && options.strict && !wantsHelp) return fail(`Missing argument <${arg.name}> for \`${name}\`, expected ${describeValue(arg.value)}`);
  }
  if (options.strict && !wantsHelp) {
    const missing = (current.flags ?? []).filter((f) => f.required && !seenFlags.has(f.name));
    if (missing.length) return fail(`Missing flag ${missing.map(flagLabel).join(', ')} for \`${name}\`, expected ${missing.map((f) => `${flagLabel(f)} ${f.value ? describeValue(f.value) : ''}`.trim()).join('; ')}`);
  }
  return {ok: true};
}
