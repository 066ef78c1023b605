import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkAxCommand, findAxCommands} from '../../../src/cli-spec';

const pages = ['migration/v1-to-v2.mdx', 'migration/checklist.mdx', 'migration/index.mdx'];
const commands = pages.flatMap((file) => findAxCommands(readFileSync(file, 'utf8')).map((c) => ({...c, file})));

describe('ax commands in the migration pages', () => {
  it('runs ax plugin upgrade with a dry run first', () => {
    expect(commands.filter((c) => c.command.startsWith('ax plugin upgrade')).map((c) => c.command)).toEqual(['ax plugin upgrade', 'ax plugin upgrade --to 2.3 --dry-run', 'ax plugin upgrade --to 2.3']);
  });

  it.each(commands.map((c) => [`${c.file}:${c.line} ${c.command}`, c] as const))('%s matches the CLI spec', (_where, c) => {
    const result = checkAxCommand(c.command);
    expect(result.ok ? 'ok' : `${c.file}:${c.line} ${'message' in result ? String(result.message) : JSON.stringify(result)}`).toBe('ok');
  });

  it('catches a flag the CLI does not have', () => {
    expect(checkAxCommand('ax plugin upgrade --target 2.3').ok).toBe(false);
  });
});
