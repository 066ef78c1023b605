import {cliSpec, describeValue, listCommands, matchesValue, closest} from '../cli-spec';
import type {OutputSchema} from '../cli-spec/types';
import {validateOutput, valueAt} from './json-schema';
import {checkAxCommand, commandFacts, parseCommand} from './parse-command';
import type {CheckOutcome, CommandCheckpoint, Facts, LabStep, QuizCheckpoint, ReceiptCheckpoint} from './types';

/**
 * Checks a learner's answer to one checkpoint. Loaded by the lab page on the first check (it
 * carries the CLI spec), and run over every checkpoint's sample by a unit test and a build rule.
 */

/** Level 1: the chosen answer is the correct one; the page shows that choice's explanation either way. */
export function checkQuiz(checkpoint: QuizCheckpoint, choice: number): CheckOutcome {
  const picked = checkpoint.choices[choice];
  if (!picked) return {ok: false, messages: ['Unexpected empty answer, expected one choice']};
  return picked.correct ? {ok: true, facts: {choice}} : {ok: false, messages: [picked.explanation]};
}

/** Level 2: the command parses against the CLI spec, and each flag the step asks for has the value it asks for; one message per flag. */
export function checkCommand(checkpoint: CommandCheckpoint, input: string): CheckOutcome {
  const line = input.trim().replace(/^\$\s+/, '');
  if (!line) return {ok: false, messages: ['Unexpected empty answer, expected the `ax` command you ran']};
  const expected = parseCommand(checkpoint.expected);
  const given = parseCommand(line);
  const name = `ax ${expected.path.join(' ')}`;
  if (given.path.join(' ') !== expected.path.join(' ')) {
    const structural = checkAxCommand(line, {strict: false});
    return {ok: false, messages: [structural.ok ? `Unexpected command \`ax ${given.path.join(' ')}\`, expected \`${name}\`` : structural.message]};
  }
  const messages: string[] = [];
  for (const [flagName, flag] of given.flags) {
    if (!flag.spec) {
      const own = (given.command?.flags ?? []).map((f) => `--${f.name}`);
      const near = closest(`--${flagName}`, own, 1)[0];
      messages.push(`\`--${flagName}\` is not a flag of \`${name}\`, expected one of ${own.join(', ')}${near ? ` (did you mean ${near}?)` : ''}`);
    } else if (flag.spec.value && flag.value === true) {
      messages.push(`\`--${flagName}\` expects ${describeValue(flag.spec.value)}, not nothing`);
    } else if (flag.spec.value && typeof flag.value === 'string' && !flag.placeholder && !matchesValue(flag.spec.value, flag.value)) {
      messages.push(`\`--${flagName}\` expects ${describeValue(flag.spec.value)}, not \`${flag.value}\``);
    } else if (!flag.spec.value && flag.value !== true) {
      messages.push(`\`--${flagName}\` is a switch and takes no value, not \`${flag.value}\``);
    }
  }
  for (const [flagName, want] of expected.flags) {
    const got = given.flags.get(flagName);
    const wanted = want.value === true ? `--${flagName}` : `--${flagName} ${want.value}`;
    if (!got) messages.push(`\`--${flagName}\` is missing, expected \`${wanted}\` in this step`);
    else if (!want.placeholder && got.spec && messages.every((m) => !m.startsWith(`\`--${flagName}\``)) && got.value !== want.value) {
      messages.push(`\`--${flagName}\` expects \`${want.value}\` in this step, not \`${got.value}\``);
    }
  }
  for (const [i, want] of expected.args.entries()) {
    const got = given.args[i];
    if (!got) messages.push(`<${want.name}> is missing, expected ${want.placeholder ? describeArg(expected, i) : `\`${want.value}\``}`);
    else if (!want.placeholder && got.value !== want.value) messages.push(`<${want.name}> expects \`${want.value}\` in this step, not \`${got.value}\``);
  }
  if (!messages.length) {
    const strict = checkAxCommand(line, {strict: true});
    if (!strict.ok) messages.push(strict.message);
  }
  return messages.length ? {ok: false, messages} : {ok: true, facts: commandFacts(given)};
}

const describeArg = (parsed: ReturnType<typeof parseCommand>, i: number) => {
  const spec = parsed.command?.args?.[i];
  return spec ? describeValue(spec.value) : 'a value';
};

/** The output schema of the command a receipt names, from the CLI spec. */
export function outputSchemaOf(commandLine: string): OutputSchema | undefined {
  const path = parseCommand(commandLine).path.join(' ');
  return listCommands(cliSpec).find((c) => c.path.join(' ') === path)?.command.output;
}

/** Level 3: the pasted output is JSON, matches the command's output schema, holds the expected values and agrees with earlier steps. */
export function checkReceipt(checkpoint: ReceiptCheckpoint, input: string, earlier: (stepId: string) => {title: string; facts: Facts | undefined} | undefined): CheckOutcome {
  const schema = outputSchemaOf(checkpoint.command);
  if (!schema) return {ok: false, messages: [`Unexpected command \`${checkpoint.command}\` without an output schema in the CLI spec, expected one that prints JSON`]};
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch (e) {
    return {ok: false, messages: [`Unexpected text that is not JSON (${(e as Error).message}), expected what \`${checkpoint.command}\` prints`]};
  }
  const problems = validateOutput(schema, value);
  if (problems.length) return {ok: false, messages: problems};
  const messages: string[] = [];
  for (const [field, want] of Object.entries(checkpoint.expect ?? {})) {
    const got = valueAt(value, field);
    if (got !== want) messages.push(`Unexpected ${JSON.stringify(got)} at \`${field}\`, expected ${JSON.stringify(want)} in this step`);
  }
  for (const rule of checkpoint.same_as ?? []) {
    const step = earlier(rule.step);
    const want = step?.facts ? valueAt(step.facts, rule.step_field) : undefined;
    const got = valueAt(value, rule.field);
    if (want === undefined) messages.push(`Unexpected receipt before step “${step?.title ?? rule.step}” is checked, expected that step first: its \`${rule.step_field}\` is compared with \`${rule.field}\` here`);
    else if (got !== want) messages.push(`Unexpected ${JSON.stringify(got)} at \`${rule.field}\`, expected ${JSON.stringify(want)}, the ${rule.step_field} from step “${step!.title}”`);
  }
  return messages.length ? {ok: false, messages} : {ok: true, facts: value as Facts};
}

/** Checks every checkpoint of a lab with its own sample, in order, feeding each step's facts to the next. */
export function checkSamples(steps: readonly LabStep[]): {step: string; messages: string[]}[] {
  const facts = new Map<string, Facts>();
  const failures: {step: string; messages: string[]}[] = [];
  for (const step of steps) {
    const c = step.checkpoint;
    const outcome =
      c.level === 'quiz'
        ? checkQuiz(c, c.sample)
        : c.level === 'command'
          ? checkCommand(c, c.sample)
          : checkReceipt(c, c.sample, (id) => {
              const s = steps.find((x) => x.id === id);
              return s && {title: s.title, facts: facts.get(id)};
            });
    if (outcome.ok) facts.set(step.id, outcome.facts);
    else failures.push({step: step.id, messages: outcome.messages});
  }
  return failures;
}
