import {defineError, type ErrorEntry} from '../../src/error-catalog/entry';
import {routes} from '../../src/routes/table';

/** AX1100–AX1199: the CLI configuration file and profiles. */
export const configErrors: ErrorEntry[] = [
  defineError({
    id: 'AX1101',
    title: 'Configuration file cannot be parsed',
    area: 'config',
    severity: 'fatal',
    message: 'Cannot parse {file} at line {line}: {detail}.',
    params: {file: 'path', line: 'integer', detail: 'string'},
    causes: [
      'The file was edited by hand and has a TOML syntax error, often an unquoted value.',
      'Two `ax config set` runs wrote the file at the same time (CLI 2.0 only).',
    ],
    fixes: [
      {step: 'Find every problem in the file with its line.', command: 'ax config validate', versions: '>=2.1.0'},
      {step: 'Fix the line named in the message, or move the file aside and set values again with `ax config set <key> <value>`.'},
      {step: 'Update the CLI so writes to the file are atomic.', command: 'ax update', versions: '<2.1.0'},
    ],
    related: [{doc: routes.cli('config'), label: 'ax config reference'}, {error: 'AX1102'}],
    introducedIn: '2.0.0',
    aliases: ['E_CONFIG_PARSE'],
  }),
  defineError({
    id: 'AX1102',
    title: 'Unknown setting',
    area: 'config',
    severity: 'warning',
    message: 'Unknown setting {key} in {file}; it is ignored.',
    params: {key: 'string', file: 'path'},
    causes: [
      'The setting was renamed in CLI 2.0, for example `registry` became `registry.url`.',
      'A typo in a hand-edited key.',
    ],
    fixes: [
      {step: 'List the settings the CLI knows and where each value comes from.', command: 'ax config list'},
      {step: 'Remove the unknown key.', command: 'ax config unset <key>'},
    ],
    related: [{error: 'AX1101'}],
    introducedIn: '2.0.0',
  }),
  defineError({
    id: 'AX1110',
    title: 'Profile not found',
    area: 'config',
    severity: 'fatal',
    message: 'Profile {profile} does not exist in {file}.',
    params: {profile: 'string', file: 'path'},
    causes: [
      'The `--profile` flag or the `AX_PROFILE` variable names a profile that was never created on this machine.',
      'The configuration file was replaced, for example by a dotfiles sync.',
    ],
    fixes: [
      {step: 'Sign in with the profile name to create it.', command: 'ax login --profile <profile>'},
      {step: 'Or drop `--profile` to use the default profile, and check which one that is.', command: 'ax whoami'},
    ],
    related: [{error: 'AX1001'}],
    introducedIn: '2.0.0',
    aliases: ['E_NO_PROFILE'],
  }),
  defineError({
    id: 'AX1120',
    title: 'Registry URL is not HTTPS',
    area: 'config',
    severity: 'fatal',
    message: 'Setting registry.url is {url}; only https URLs are accepted.',
    params: {url: 'url'},
    causes: [
      'A v1 configuration that pointed at a plain-HTTP mirror was carried over.',
      'A local test registry was configured without TLS.',
    ],
    fixes: [
      {step: 'Remove the override so the CLI uses the platform registry.', command: 'ax config unset registry.url'},
      {step: 'For a private mirror, set its https URL.', command: 'ax config set registry.url <https-url>'},
    ],
    related: [{error: 'AX1204'}],
    introducedIn: '2.0.0',
  }),
];
