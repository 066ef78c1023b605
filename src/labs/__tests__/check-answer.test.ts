import {describe, expect, it} from 'vitest';
import {checkCommand, checkQuiz, checkReceipt} from '../check-answer';
import type {CommandCheckpoint, QuizCheckpoint, ReceiptCheckpoint} from '../types';

const publish: CommandCheckpoint = {level: 'command', prompt: 'Publish.', expected: 'ax plugin publish --channel sandbox', sample: 'ax plugin publish --channel sandbox'};
const init: CommandCheckpoint = {level: 'command', prompt: 'Scaffold.', expected: 'ax plugin init hello-workflow --template workflow --datastore none', sample: ''};

describe('command check', () => {
  it.each([
    ['ax plugin publish --channel sandbox', true],
    ['$ ax plugin publish --channel=sandbox --verbose', true],
  ])('passes %s', (input, ok) => {
    expect(checkCommand(publish, input).ok).toBe(ok);
  });

  it('says what is wrong with each flag', () => {
    expect(checkCommand(publish, 'ax plugin publish --channel production --sign-key')).toMatchInlineSnapshot(`
      {
        "messages": [
          "\`--channel\` expects one of sandbox, beta, stable, not \`production\`",
          "\`--sign-key\` expects <key-id>, not nothing",
        ],
        "ok": false,
      }
    `);
    expect(checkCommand(init, 'ax plugin init hello --template wokflow --datastre none')).toMatchInlineSnapshot(`
      {
        "messages": [
          "\`--template\` expects one of auth, data-sync, workflow, observability, governance, not \`wokflow\`",
          "\`--datastre\` is not a flag of \`ax plugin init\`, expected one of --template, --datastore, --runtime, --dir, --force (did you mean --datastore?)",
          "\`--datastore\` is missing, expected \`--datastore none\` in this step",
          "<name> expects \`hello-workflow\` in this step, not \`hello\`",
        ],
        "ok": false,
      }
    `);
  });

  it('names the command when the learner ran another one', () => {
    expect(checkCommand(publish, 'ax plugin validate')).toEqual({ok: false, messages: ['Unexpected command `ax plugin validate`, expected `ax plugin publish`']});
    expect(checkCommand(publish, 'ax plugn publish')).toEqual({ok: false, messages: ['Unexpected command `ax plugn`, expected one of login, logout, whoami, doctor, logs, config, explain, update, version, plugin, runtime, marketplace, telemetry, policy, keys, db, backup, incident (did you mean plugin?)']});
  });

  it('records the flag and argument values for later steps', () => {
    expect(checkCommand(init, 'ax plugin init hello-workflow -t workflow --datastore none')).toEqual({ok: true, facts: {name: 'hello-workflow', template: 'workflow', datastore: 'none'}});
  });
});

const receipt: ReceiptCheckpoint = {
  level: 'receipt',
  prompt: 'Publish.',
  command: 'ax plugin publish --channel sandbox --format json',
  expect: {channel: 'sandbox'},
  same_as: [{field: 'plugin', step: 'scaffold', step_field: 'name'}],
  sample: '',
};
const output = (plugin: string, channel = 'sandbox') => JSON.stringify({plugin, version: '0.1.0', channel, submission_id: 'sub_7k2m9q4x', status: 'listed'});
const scaffolded = () => ({title: 'Scaffold the plugin', facts: {name: 'hello-workflow'}});

describe('receipt check', () => {
  it('passes output of the right plugin', () => {
    expect(checkReceipt(receipt, output('hello-workflow'), scaffolded).ok).toBe(true);
  });

  it('fails a receipt naming a different plugin id than an earlier step', () => {
    expect(checkReceipt(receipt, output('billing-sync'), scaffolded)).toEqual({ok: false, messages: ['Unexpected "billing-sync" at `plugin`, expected "hello-workflow", the name from step “Scaffold the plugin”']});
  });

  it.each([
    ['not JSON', 'published!', /^Unexpected text that is not JSON/],
    ['the wrong shape', JSON.stringify({plugin: 'hello-workflow'}), /^Missing field `version`, expected a string$/],
    ['a bad enum', output('hello-workflow', 'prod'), /^Unexpected "prod" at `channel`, expected one of sandbox, beta, stable$/],
    ['a value the step does not expect', output('hello-workflow', 'beta'), /^Unexpected "beta" at `channel`, expected "sandbox" in this step$/],
  ])('fails %s', (_what, input, message) => {
    const result = checkReceipt(receipt, input, scaffolded);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.messages[0]).toMatch(message);
  });

  it('asks for the earlier step first', () => {
    const result = checkReceipt(receipt, output('hello-workflow'), () => ({title: 'Scaffold the plugin', facts: undefined}));
    expect(result).toEqual({ok: false, messages: ['Unexpected receipt before step “Scaffold the plugin” is checked, expected that step first: its `name` is compared with `plugin` here']});
  });
});

describe('quiz', () => {
  const quiz: QuizCheckpoint = {level: 'quiz', question: 'Q?', choices: [{text: 'a', correct: true, explanation: 'Right.'}, {text: 'b', explanation: 'No: b is wrong.'}], sample: 0};
  it.each([
    [0, {ok: true, facts: {choice: 0}}],
    [1, {ok: false, messages: ['No: b is wrong.']}],
    [-1, {ok: false, messages: ['Unexpected empty answer, expected one choice']}],
  ])('choice %i', (choice, outcome) => {
    expect(checkQuiz(quiz, choice)).toEqual(outcome);
  });
});
