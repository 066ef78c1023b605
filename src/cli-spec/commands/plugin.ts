import {runtimeReleases} from '../../../migration/releases';
import {templateRegistry} from '../../../templates/registry';
import {newestTemplateRuntime, templatesWithDatastores} from '../../template-model/defaults';
import {pluginPublishOutput, pluginUpgradeOutput, pluginValidateOutput} from '../outputs';
import type {CommandSpec} from '../types';
import {channels, datastores, enumOf, filePath, formats, pluginName, templates, text, version} from '../values';

const sub = (spec: Omit<CommandSpec, 'component' | 'audience'> & Partial<Pick<CommandSpec, 'component' | 'audience'>>): CommandSpec => ({
  component: 'cli',
  audience: 'developer',
  ...spec,
});

/** `ax plugin …`: a plugin's life from scaffold to upgrade. */
export const pluginCommand: CommandSpec = {
  name: 'plugin',
  summary: 'Scaffold, validate, publish, install and upgrade plugins.',
  description: 'Everything a plugin author does, from the first scaffold to publishing new versions and moving to a newer runtime.',
  component: 'cli',
  audience: 'developer',
  introducedIn: '2.0.0',
  subcommands: [
    sub({
      name: 'init',
      summary: 'Scaffold a new plugin from a reference template.',
      description:
        'Creates a plugin folder from one of the five reference templates, with linting, tests and compatibility metadata, so it passes `ax plugin validate` from the start.',
      component: 'templates',
      introducedIn: '2.0.0',
      args: [{name: 'name', description: 'Plugin name: lower-case letters, digits and dashes.', value: text('name'), required: true}],
      flags: [
        {name: 'template', short: 't', description: 'Reference template (archetype) to start from.', value: enumOf(templates), required: true},
        {name: 'datastore', description: `Datastore adapter, one the template supports: ${templatesWithDatastores(templateRegistry).join(' and ')} offer a database.`, value: enumOf(datastores), default: "the template's first"},
        {name: 'runtime', description: 'Minimum runtime version written to the manifest, one the template is checked against.', value: version, default: newestTemplateRuntime(templateRegistry, runtimeReleases)},
        {name: 'dir', description: 'Folder to create; defaults to the plugin name.', value: filePath('dir')},
        {name: 'force', description: 'Write into a folder that is not empty.'},
      ],
      examples: [
        {command: 'ax plugin init billing-sync --template data-sync --datastore postgres --runtime 2.2', description: 'A data-sync plugin on Postgres for runtime 2.2 or newer.'},
        {command: 'ax plugin init hello-workflow --template workflow --datastore none', description: 'The workflow plugin of the first-plugin tutorial.'},
      ],
    }),
    sub({
      name: 'validate',
      summary: 'Check the manifest, permissions, policies and lint rules.',
      description: 'Runs the same checks the marketplace runs on submission, locally: the manifest schema, requested permissions, governance policies and lint rules.',
      introducedIn: '2.0.0',
      args: [{name: 'path', description: 'Plugin folder; defaults to the current folder.', value: filePath(), required: false}],
      flags: [
        {name: 'strict', description: 'Treat warnings as errors, as the stable channel does.'},
        {name: 'fix', description: 'Apply safe automatic fixes (formatting, sorted permissions) first.'},
        {name: 'format', description: 'Output format.', value: formats, default: 'text'},
      ],
      output: pluginValidateOutput,
      examples: [{command: 'ax plugin validate --strict', description: 'Check a plugin as strictly as the stable channel will.'}],
    }),
    sub({
      name: 'publish',
      summary: 'Sign, upload and submit a plugin version to a marketplace channel.',
      description: 'Builds and signs the package, uploads it and submits it to a channel. The sandbox lists it after the automated checks; beta and stable also go through moderation.',
      component: 'marketplace',
      introducedIn: '2.0.0',
      flags: [
        {name: 'channel', description: 'Marketplace channel to submit to.', value: enumOf(channels), default: 'sandbox'},
        {name: 'dry-run', description: 'Run every check and show what would be uploaded, without uploading.'},
        {name: 'notes', description: 'Release notes file shown on the listing.', value: filePath('file')},
        {name: 'sign-key', description: 'Signing key ID; defaults to the organisation\'s active key.', value: text('key-id')},
        {name: 'format', description: 'Output format.', value: formats, default: 'text'},
      ],
      output: pluginPublishOutput,
      examples: [
        {command: 'ax plugin publish --channel sandbox', description: 'Publish to the sandbox for others to try.'},
        {command: 'ax plugin publish --channel stable --notes CHANGELOG.md', description: 'Submit a release to the stable channel.'},
      ],
    }),
    sub({
      name: 'upgrade',
      summary: 'Move a plugin to a newer runtime API version.',
      description: 'Rewrites the manifest and code for a newer runtime API with codemods, and lists what it could not change. Run it on a clean working tree.',
      component: 'runtime',
      introducedIn: '2.0.0',
      args: [{name: 'path', description: 'Plugin folder; defaults to the current folder.', value: filePath(), required: false}],
      flags: [
        {name: 'to', description: 'Target runtime version; defaults to the newest supported.', value: version},
        {name: 'dry-run', description: 'Print the changes without writing them.'},
        {name: 'yes', short: 'y', description: 'Do not ask for confirmation.'},
        {name: 'format', description: 'Output format.', value: formats, default: 'text'},
      ],
      output: pluginUpgradeOutput,
      examples: [{command: 'ax plugin upgrade --to 2.1 --dry-run', description: 'See what moving to runtime 2.1 would change.'}],
    }),
    sub({
      name: 'sign',
      summary: 'Sign a built plugin package.',
      description: 'Signs the package in `dist/` with an organisation signing key. `ax plugin publish` does this for you; use it when packages are built elsewhere.',
      introducedIn: '2.0.0',
      flags: [{name: 'key', description: 'Signing key ID.', value: text('key-id')}],
    }),
    sub({
      name: 'install',
      summary: 'Install a marketplace plugin into a workspace.',
      description: 'Installs a plugin version into a workspace, asking to approve the permissions it requests.',
      component: 'runtime',
      introducedIn: '2.0.0',
      args: [{name: 'plugin', description: 'Plugin name.', value: pluginName, required: true}],
      flags: [
        {name: 'workspace', description: 'Workspace to install into.', value: text('workspace'), required: true},
        {name: 'version', description: 'Version to install; defaults to the newest on the channel.', value: version},
        {name: 'channel', description: 'Channel to install from.', value: enumOf(channels), default: 'stable'},
      ],
    }),
    sub({
      name: 'list',
      summary: 'List your organisation\'s plugins and their published versions.',
      description: 'Lists the organisation\'s plugins with their newest version on each channel and the runtime range they support.',
      introducedIn: '2.0.0',
      flags: [{name: 'format', description: 'Output format.', value: formats, default: 'text'}],
    }),
    sub({
      name: 'info',
      summary: 'Show a plugin\'s listing, versions and compatibility.',
      description: 'Shows one plugin\'s listing, its versions per channel, the permissions it requests and its runtime compatibility.',
      component: 'marketplace',
      introducedIn: '2.0.0',
      args: [{name: 'plugin', description: 'Plugin name.', value: pluginName, required: true}],
      flags: [{name: 'format', description: 'Output format.', value: formats, default: 'text'}],
    }),
    sub({
      name: 'yank',
      summary: 'Withdraw a published version so no new workspace installs it.',
      description: 'Marks a version as yanked: existing installs keep running, new installs and upgrades skip it.',
      component: 'marketplace',
      introducedIn: '2.0.0',
      args: [{name: 'plugin', description: 'Plugin name.', value: pluginName, required: true}],
      flags: [
        {name: 'version', description: 'Version to withdraw.', value: version, required: true},
        {name: 'reason', description: 'Why, shown to the plugin\'s users.', value: text('reason'), required: true},
      ],
    }),
  ],
};
