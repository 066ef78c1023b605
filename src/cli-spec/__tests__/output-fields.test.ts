import {describe, expect, it} from 'vitest';
import {listCommands} from '../spec';
import {outputFields} from '../output-fields';
import {pluginPublishOutput} from '../outputs';

describe('output schemas in the CLI spec', () => {
  it('flattens an output schema into the reference table rows', () => {
    expect(outputFields(pluginPublishOutput).map((r) => `${r.path}: ${r.type}`)).toMatchInlineSnapshot(`
      [
        "plugin: string",
        "version: string",
        "channel: one of sandbox, beta, stable",
        "submission_id: string",
        "status: one of listed, in-review, rejected",
      ]
    `);
  });

  it('gives an output schema only to commands that take --format json', () => {
    for (const {fullName, command} of listCommands()) {
      if (!command.output) continue;
      const format = command.flags?.find((f) => f.name === 'format');
      expect(format?.value?.kind === 'enum' && format.value.values.includes('json'), fullName).toBe(true);
    }
    expect(listCommands().filter((c) => c.command.output).length).toBeGreaterThanOrEqual(8);
  });
});
