import {logsOutput} from '../outputs';
import type {CommandSpec} from '../types';
import {count, duration, enumOf, filePath, formats, logLevels, pluginName, text, version} from '../values';

/** Commands every plugin developer uses: session, diagnostics, logs and settings. */
export const developerCommands: readonly CommandSpec[] = [
  {
    name: 'login',
    summary: 'Sign in and store a session for a profile.',
    description:
      'Opens the browser for single sign-on (or reads a token from standard input in CI) and stores a session token for the profile. Sessions last 12 hours; `ax login` again renews one.',
    component: 'cli',
    audience: 'developer',
    introducedIn: '2.0.0',
    flags: [
      {name: 'org', description: 'Organisation to sign in to; defaults to the profile\'s organisation.', value: text('org')},
      {name: 'sso', description: 'Force the browser single sign-on flow even when a token is on standard input.'},
      {name: 'token-stdin', description: 'Read an API token from standard input instead of opening a browser (CI use).'},
      {name: 'device-code', description: 'Print a device code to type on another machine, for hosts without a browser.'},
    ],
    examples: [
      {command: 'ax login', description: 'Sign in to your default organisation in the browser.'},
      {command: 'ax login --org sandbox', description: 'Sign in to the sandbox organisation.'},
      {command: 'ax login --token-stdin < token.txt', description: 'Sign in from CI with an API token.'},
    ],
  },
  {
    name: 'logout',
    summary: 'Remove the stored session of a profile.',
    description: 'Deletes the session token of the current profile from the keychain, or of every profile with `--all`.',
    component: 'cli',
    audience: 'developer',
    introducedIn: '2.0.0',
    flags: [{name: 'all', description: 'Sign out of every profile on this machine.'}],
    examples: [{command: 'ax logout --all', description: 'Sign out everywhere, e.g. before handing over a laptop.'}],
  },
  {
    name: 'whoami',
    summary: 'Show the signed-in user, organisation and session expiry.',
    description: 'Prints who the current profile is signed in as, the organisation, the roles granted and when the session expires.',
    component: 'cli',
    audience: 'developer',
    introducedIn: '2.0.0',
    flags: [{name: 'format', description: 'Output format.', value: formats, default: 'text'}],
  },
  {
    name: 'doctor',
    summary: 'Check the CLI version, credentials, network path and runtime compatibility.',
    description:
      'Runs every local health check and prints one line per check with an error ID when it fails. `--fix` repairs what it safely can: stale caches, an expired session, a missing CA bundle.',
    component: 'cli',
    audience: 'developer',
    introducedIn: '2.0.0',
    flags: [
      {name: 'check', description: 'Run only some checks.', value: enumOf(['version', 'auth', 'network', 'config', 'runtime']), repeatable: true},
      {name: 'fix', description: 'Repair what can be repaired safely, then check again.'},
      {name: 'format', description: 'Output format.', value: formats, default: 'text'},
    ],
    examples: [
      {command: 'ax doctor', description: 'Run every check.'},
      {command: 'ax doctor --check network', description: 'Check only the network path to the marketplace and the runtime.'},
      {command: 'ax doctor --fix', description: 'Repair what can be repaired, then check again.'},
    ],
  },
  {
    name: 'logs',
    summary: 'Read log lines from the runtime and the marketplace.',
    description:
      'Reads log lines from telemetry. With `--correlation-id` it returns every line of one request across the CLI, the marketplace and the runtime, in order. Every ax error message prints the correlation ID to use.',
    component: 'telemetry',
    audience: 'developer',
    introducedIn: '2.0.0',
    flags: [
      {name: 'correlation-id', description: 'Only lines of the request with this correlation ID.', value: text('correlation-id')},
      {name: 'plugin', description: 'Only lines from this plugin.', value: pluginName},
      {name: 'level', description: 'Lowest level to show.', value: enumOf(logLevels), default: 'info'},
      {name: 'since', description: 'How far back to read.', value: duration, default: '1h'},
      {name: 'limit', description: 'Most lines to print.', value: count('lines', 1, 10000), default: '500'},
      {name: 'follow', short: 'f', description: 'Keep printing new lines as they arrive.'},
      {name: 'format', description: 'Output format.', value: formats, default: 'text'},
    ],
    output: logsOutput,
    examples: [
      {command: 'ax logs --correlation-id 7f3c9a12-51be-4c0e-9d2a-0c8f6e1b4d77', description: 'Every log line of one failed request.'},
      {command: 'ax logs --plugin billing-sync --level error --since 2h', description: 'Errors from one plugin in the last two hours.'},
    ],
  },
  {
    name: 'config',
    summary: 'Read and change CLI settings.',
    description: 'Reads and writes settings in the CLI configuration file (`~/.config/ax/config.toml`) for the current profile.',
    component: 'cli',
    audience: 'developer',
    introducedIn: '2.0.0',
    subcommands: [
      {name: 'get', summary: 'Print one setting.', description: 'Prints the value of one setting, or nothing when it is unset.', component: 'cli', audience: 'developer', introducedIn: '2.0.0', args: [{name: 'key', description: 'Setting name, e.g. `registry.url`.', value: text('key'), required: true}]},
      {name: 'set', summary: 'Change one setting.', description: 'Validates and stores one setting.', component: 'cli', audience: 'developer', introducedIn: '2.0.0', args: [{name: 'key', description: 'Setting name.', value: text('key'), required: true}, {name: 'value', description: 'New value.', value: text('value'), required: true}]},
      {name: 'unset', summary: 'Remove one setting.', description: 'Removes one setting so its default applies again.', component: 'cli', audience: 'developer', introducedIn: '2.0.0', args: [{name: 'key', description: 'Setting name.', value: text('key'), required: true}]},
      {name: 'list', summary: 'Print every setting.', description: 'Prints every setting of the current profile and where its value comes from.', component: 'cli', audience: 'developer', introducedIn: '2.0.0', flags: [{name: 'format', description: 'Output format.', value: formats, default: 'text'}]},
      {name: 'validate', summary: 'Check the configuration file.', description: 'Parses the configuration file and reports unknown keys and bad values with their line.', component: 'cli', audience: 'developer', introducedIn: '2.1.0', flags: [{name: 'file', description: 'File to check instead of the default.', value: filePath('file')}]},
    ],
  },
  {
    name: 'explain',
    summary: 'Print the catalog entry of an error ID.',
    description: 'Prints the title, likely causes and fixes of an error from the catalog bundled with the CLI, without a network connection.',
    component: 'cli',
    audience: 'developer',
    introducedIn: '2.1.0',
    args: [{name: 'error-id', description: 'An error ID such as AX1042, in any case.', value: text('error-id'), required: true}],
    examples: [{command: 'ax explain AX1042', description: 'Read why a session expired and how to renew it.'}],
  },
  {
    name: 'update',
    summary: 'Update the ax CLI itself.',
    description: 'Downloads, verifies and installs a CLI release from the signed release channel.',
    component: 'cli',
    audience: 'developer',
    introducedIn: '2.0.0',
    flags: [
      {name: 'to', description: 'Install this version instead of the newest.', value: version},
      {name: 'check', description: 'Only report whether a newer version exists.'},
    ],
  },
  {
    name: 'version',
    summary: 'Print the CLI version and the runtime versions it supports.',
    description: 'Prints the CLI version, its build date and the range of runtime versions it can target.',
    component: 'cli',
    audience: 'developer',
    introducedIn: '2.0.0',
    flags: [{name: 'format', description: 'Output format.', value: formats, default: 'text'}],
  },
];

