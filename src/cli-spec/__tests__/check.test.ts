import {describe, expect, it} from 'vitest';
import {checkAxCommand, cliSpec, listCommands, synopsis} from '..';

const message = (line: string, strict = false) => {
  const r = checkAxCommand(line, {strict});
  return r.ok ? 'ok' : r.message;
};

describe('checkAxCommand', () => {
  it.each([
    'ax login',
    'ax login --org sandbox',
    'ax logout',
    'ax doctor',
    'ax doctor --check network --check auth',
    'ax logs --correlation-id <correlation-id>',
    'ax logs --correlation-id ${CID} --since 2h',
    'ax logs --correlation-id=abc-123',
    'ax plugin init hello-workflow --template workflow --datastore none',
    'ax plugin init billing-sync --template data-sync --datastore postgres --runtime 2.1',
    'ax plugin init <name> --template auth',
    'ax plugin validate',
    'ax plugin validate ./billing-sync --strict',
    'ax plugin publish --channel sandbox',
    'ax plugin upgrade --to 2.1.0 --dry-run',
    'ax runtime status --region eu-west-1',
    'ax runtime scale --region us-east-1 --replicas 12',
    'ax runtime restart --plugin billing-sync',
    'ax runtime versions',
    'ax runtime drain <node-id> --timeout 15m',
    'ax marketplace stats billing-sync --format csv --since 2026-10-01',
    'ax marketplace search billing sync --limit 5',
    'ax marketplace unlist spam-plugin --reason "Malware report"',
    'ax telemetry lag --pipeline events --threshold 5m',
    'ax keys rotate --kind signing --grace 7d',
    'ax db failover --cluster marketplace --to us-east-1 --dry-run',
    'ax backup verify <backup-id>',
    'ax backup restore <backup-id> --target marketplace --dry-run',
    'ax incident declare --severity sev2 --component runtime --title "Runtime crash loop in eu-west-1"',
    '$ ax doctor',
    'ax login --token-stdin < token.txt',
    'ax logs --plugin billing-sync | grep timeout',
    'ax runtime …',
    'ax --version',
    'ax --profile ci plugin list',
  ])('accepts %s', (line) => {
    expect(message(line, true)).toBe('ok');
  });

  it('names the flag, the command, the choices and the nearest match', () => {
    expect(message('ax plugin init foo --tmplate auth')).toMatchInlineSnapshot(
      `"Unexpected flag \`--tmplate\` for \`ax plugin init\`, expected one of --template, --datastore, --runtime, --dir, --force (did you mean --template?)"`,
    );
  });

  it.each([
    ['ax plugni init', true],
    ['ax plugin initt foo --template auth', true],
    ['ax plugin init foo --template oauth', true],
    ['ax plugin init foo --template auth --datastore mysql', true],
    ['ax plugin publish --channel production', true],
    ['ax marketplace stats billing-sync --since 01/10/2026', true],
    ['ax doctor extra', false],
    ['ax logs --correlation-id', true],
    ['ax logs --correlation-id --since 2h', true],
    ['ax login --all', false],
    ['ax runtime', true],
    ['ax plugin init --template auth', true],
    ['ax keys rotate', true],
    ['ax doctor --fix=yes', false],
    ['ax doctor --fix --fix', false],
    ['docker ps', false],
  ])('rejects %s', (line, strict) => {
    expect(message(line, strict)).not.toBe('ok');
  });

  it('explains each rejection', () => {
    const lines = [
      'ax plugni init',
      'ax plugin initt foo',
      'ax plugin init foo --template oauth',
      'ax plugin publish --channel production',
      'ax marketplace stats billing-sync --since 01/10/2026',
      'ax doctor extra',
      'ax logs --correlation-id',
    ];
    expect(lines.map((l) => message(l, l.startsWith('ax logs')))).toMatchInlineSnapshot(`
      [
        "Unexpected command \`ax plugni\`, expected one of login, logout, whoami, doctor, logs, config, explain, update, version, plugin, runtime, marketplace, telemetry, policy, keys, db, backup, incident (did you mean plugin?)",
        "Unexpected command \`ax plugin initt\`, expected one of init, validate, publish, upgrade, sign, install, list, info, yank (did you mean init?)",
        "Unexpected value \`oauth\` for \`--template\` of \`ax plugin init\`, expected one of auth, data-sync, workflow, observability, governance (did you mean auth?)",
        "Unexpected value \`production\` for \`--channel\` of \`ax plugin publish\`, expected one of sandbox, beta, stable",
        "Unexpected value \`01/10/2026\` for \`--since\` of \`ax marketplace stats\`, expected a date like 2026-10-01",
        "Unexpected argument \`extra\` for \`ax doctor\`, expected no arguments",
        "Missing value for \`--correlation-id\` of \`ax logs\`, expected <correlation-id>",
      ]
    `);
  });

  it('is lenient about groups and missing arguments unless strict', () => {
    expect(message('ax runtime')).toBe('ok');
    expect(message('ax plugin init')).toBe('ok');
    expect(message('ax runtime', true)).toMatchInlineSnapshot(`"Unexpected end of command \`ax runtime\`, expected one of status, versions, scale, restart, drain, rollback, quota"`);
    expect(message('ax plugin init', true)).toMatchInlineSnapshot(`"Missing argument <name> for \`ax plugin init\`, expected <name>"`);
  });
});

describe('cliSpec', () => {
  it('covers the commands the docs and runbooks rely on', () => {
    const names = listCommands().map((c) => c.fullName);
    for (const n of ['ax login', 'ax logout', 'ax doctor', 'ax logs', 'ax plugin init', 'ax plugin validate', 'ax plugin publish', 'ax plugin upgrade', 'ax runtime status', 'ax runtime scale', 'ax runtime restart', 'ax runtime versions', 'ax runtime drain', 'ax marketplace stats', 'ax marketplace search', 'ax marketplace moderate', 'ax marketplace unlist', 'ax telemetry lag', 'ax telemetry status', 'ax keys rotate', 'ax db failover', 'ax backup restore', 'ax backup verify', 'ax incident declare']) {
      expect(names).toContain(n);
    }
  });

  it('has unique command and flag names at every level', () => {
    for (const {fullName, command} of listCommands()) {
      const subs = (command.subcommands ?? []).flatMap((s) => [s.name, ...(s.aliases ?? [])]);
      expect(new Set(subs).size, fullName).toBe(subs.length);
      // A command's own flag may shadow a global one (`ax plugin install --version`).
      const flags = [...(command.flags ?? [])].flatMap((f) => [f.name, ...(f.short ? [f.short] : [])]);
      expect(new Set(flags).size, fullName).toBe(flags.length);
    }
  });

  it('has unique global flags', () => {
    const flags = cliSpec.globalFlags.flatMap((f) => [f.name, ...(f.short ? [f.short] : [])]);
    expect(new Set(flags).size).toBe(flags.length);
  });

  it('checks every example it documents', () => {
    for (const {command} of listCommands()) for (const ex of command.examples ?? []) expect(message(ex.command, true), ex.command).toBe('ok');
  });

  it('writes a synopsis', () => {
    const init = listCommands().find((c) => c.fullName === 'ax plugin init')!;
    expect(synopsis(init)).toMatchInlineSnapshot(`"ax plugin init <name> --template auth|data-sync|workflow|observability|governance [--datastore postgres|sqlite|none] [--runtime <version>] [--dir <dir>] [--force]"`);
  });
});
