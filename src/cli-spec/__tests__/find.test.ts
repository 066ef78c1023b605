import {describe, expect, it} from 'vitest';
import {findAxCommands} from '..';

describe('findAxCommands', () => {
  it('finds commands in shell blocks and inline code, with their lines', () => {
    const md = [
      'Run `ax plugin validate` first.', // 1
      '',
      '```bash', // 3
      'ax login',
      '$ ax plugin init billing-sync \\',
      '    --template data-sync',
      'cd billing-sync',
      '```',
      '',
      '```json', // 10
      'ax not-a-command',
      '```',
      '````console',
      '$ ax doctor',
      '```',
      'ax still-inside',
      '````',
      'Also `ax` alone and `axle` are not commands; ``ax logs --since 2h`` is.',
    ].join('\n');
    expect(findAxCommands(md)).toEqual([
      {command: 'ax plugin validate', line: 1, inline: true},
      {command: 'ax login', line: 4},
      {command: 'ax plugin init billing-sync --template data-sync', line: 5},
      {command: 'ax doctor', line: 14},
      {command: 'ax still-inside', line: 16},
      {command: 'ax logs --since 2h', line: 18, inline: true},
    ]);
  });
});
