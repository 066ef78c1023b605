import {defineError, type ErrorEntry} from '../../src/error-catalog/entry';
import {routes} from '../../src/routes/table';

/** AX7000–AX7099: moving plugins and the CLI to newer versions. */
export const upgradeErrors: ErrorEntry[] = [
  defineError({
    id: 'AX7001',
    title: 'Runtime API removed',
    area: 'upgrade',
    severity: 'error',
    message: '{plugin} calls {api}, which runtime {version} removed; use {replacement}.',
    params: {plugin: 'string', api: 'string', version: 'version', replacement: 'string'},
    causes: [
      'The plugin targets a newer runtime but still calls an API deprecated in the previous one.',
      'A dependency calls the removed API.',
    ],
    fixes: [
      {step: 'See what the codemods would change.', command: 'ax plugin upgrade --to <version> --dry-run'},
      {step: 'Apply them on a clean working tree, then validate.', command: 'ax plugin upgrade --to <version>'},
      {step: 'Rewrite by hand any call the upgrade lists as not changed, using the replacement in the message.'},
    ],
    related: [{error: 'AX7005'}, {error: 'AX2020'}, {doc: routes.migration('v1-to-v2'), label: 'Migrate a plugin from v1 to v2'}],
    introducedIn: '2.0.0',
    aliases: ['UP_API_REMOVED'],
  }),
  defineError({
    id: 'AX7002',
    title: 'Runtime version near end of support',
    area: 'upgrade',
    severity: 'warning',
    message: 'Runtime {version} reaches end of support on {eolDate}; {plugin} still targets it.',
    params: {version: 'version', eolDate: 'timestamp', plugin: 'string'},
    causes: ['The plugin\'s runtime range has not moved since it was scaffolded.'],
    fixes: [
      {step: 'See the support dates of every runtime version.', command: 'ax runtime versions'},
      {step: 'Upgrade before the date; after it, the marketplace stops accepting new versions for that runtime.', command: 'ax plugin upgrade --dry-run'},
    ],
    related: [{error: 'AX2020'}, {error: 'AX7001'}],
    introducedIn: '2.0.0',
  }),
  defineError({
    id: 'AX7005',
    title: 'Upgrade could not rewrite a file',
    area: 'upgrade',
    severity: 'error',
    message: '`ax plugin upgrade` could not rewrite {file}: {reason}.',
    params: {file: 'path', reason: 'string'},
    causes: [
      'The file uses a pattern the codemod does not recognise, such as a dynamic import of the runtime API.',
      'The working tree had uncommitted changes in that file.',
    ],
    fixes: [
      {step: 'Commit or stash local changes and run the upgrade again.', command: 'ax plugin upgrade --to <version>'},
      {step: 'Edit the named file by hand, then validate.', command: 'ax plugin validate'},
    ],
    related: [{error: 'AX7001'}],
    introducedIn: '2.0.0',
  }),
  defineError({
    id: 'AX7010',
    title: 'CLI too old',
    area: 'upgrade',
    severity: 'fatal',
    message: 'CLI {cliVersion} is older than {minimum}, the oldest the platform accepts.',
    params: {cliVersion: 'version', minimum: 'version'},
    causes: [
      'The CLI was installed from a package pinned in a container image or a CI cache.',
      'Automatic update checks are turned off on this machine.',
    ],
    fixes: [
      {step: 'Update the CLI.', command: 'ax update'},
      {step: 'In images and CI, pin the version the platform requires and rebuild.', command: 'ax update --to <version>'},
    ],
    related: [{doc: routes.doc('guides/maintenance-automation'), label: 'Maintenance automation'}],
    introducedIn: '2.0.0',
    aliases: ['E_CLI_OUTDATED'],
  }),
];
