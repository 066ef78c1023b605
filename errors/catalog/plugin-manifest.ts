import {defineError, type ErrorEntry} from '../../src/error-catalog/entry';
import {routes} from '../../src/routes/table';

/** AX2000–AX2099: `ax-plugin.json`, permissions, names and lint, as `ax plugin validate` checks them. */
export const pluginManifestErrors: ErrorEntry[] = [
  defineError({
    id: 'AX2001',
    title: 'Manifest not found',
    area: 'plugin-manifest',
    severity: 'fatal',
    message: 'No ax-plugin.json in {path} or any parent folder.',
    params: {path: 'path'},
    causes: [
      'The command ran outside the plugin folder, often right after `ax plugin init` without `cd` into the new folder.',
      'A v1 plugin still has `plugin.yaml`; v2 reads only `ax-plugin.json`.',
    ],
    fixes: [
      {step: 'Run the command inside the plugin folder, or pass the folder.', command: 'ax plugin validate <path>'},
      {step: 'For a v1 plugin, let the upgrade write the v2 manifest.', command: 'ax plugin upgrade --dry-run'},
    ],
    related: [{doc: routes.doc('guides/plugin-templates'), label: 'Plugin templates'}, {error: 'AX2003'}],
    introducedIn: '2.0.0',
    aliases: ['E_NO_MANIFEST'],
  }),
  defineError({
    id: 'AX2003',
    title: 'Manifest does not match the schema',
    area: 'plugin-manifest',
    severity: 'error',
    message: 'ax-plugin.json line {line}: field {field} {problem}.',
    params: {line: 'integer', field: 'string', problem: 'string'},
    causes: [
      'A required field is missing: `name`, `version`, `runtime` and `permissions` are required.',
      'A field has the wrong type, for example `version` written as a number.',
      'A field from the v1 `plugin.yaml` was copied over, such as `entrypoint`.',
    ],
    fixes: [
      {step: 'Let validation fix what it safely can, then read the rest of the report.', command: 'ax plugin validate --fix'},
      {step: 'Compare with a fresh scaffold of the same template.', command: 'ax plugin init <name> --template <template> --dir /tmp/reference'},
    ],
    related: [{error: 'AX2001'}, {doc: routes.cli('plugin-validate'), label: 'ax plugin validate reference'}],
    introducedIn: '2.0.0',
    aliases: ['E_MANIFEST_SCHEMA'],
  }),
  defineError({
    id: 'AX2010',
    title: 'Unknown permission',
    area: 'plugin-manifest',
    severity: 'error',
    message: 'Permission {permission} in ax-plugin.json is not a runtime permission.',
    params: {permission: 'string'},
    causes: [
      'A typo, such as `workspace.read` for `workspaces.read`.',
      'A v1 permission name that v2 split in two, such as `data` into `records.read` and `records.write`.',
    ],
    fixes: [
      {step: 'Run validation; it names the closest known permission.', command: 'ax plugin validate'},
      {step: 'Replace the name in `permissions` and validate again.'},
    ],
    related: [{error: 'AX2011'}, {error: 'AX6012'}],
    introducedIn: '2.0.0',
  }),
  defineError({
    id: 'AX2011',
    title: 'Permission not declared',
    area: 'plugin-manifest',
    severity: 'error',
    message: 'The code calls {api}, which needs permission {permission}; ax-plugin.json does not declare it.',
    params: {api: 'string', permission: 'string'},
    causes: [
      'A new runtime API call was added without adding its permission to the manifest.',
      'A dependency calls the API on the plugin\'s behalf.',
    ],
    fixes: [
      {step: 'Add the permission to `permissions` in ax-plugin.json, or remove the call.'},
      {step: 'Validate again; beta and stable also need a justification for sensitive permissions.', command: 'ax plugin validate --strict'},
    ],
    related: [{error: 'AX2010'}, {error: 'AX6012'}],
    introducedIn: '2.0.0',
    aliases: ['E_PERMISSION_UNDECLARED'],
  }),
  defineError({
    id: 'AX2020',
    title: 'No supported runtime in range',
    area: 'plugin-manifest',
    severity: 'error',
    message: 'Runtime range {range} in ax-plugin.json matches no supported runtime (supported: {supported}).',
    params: {range: 'string', supported: 'string'},
    causes: [
      'The range pins a runtime version that reached end of support.',
      'The range was typed by hand and excludes every release, for example `>=2.2 <2.1`.',
    ],
    fixes: [
      {step: 'List runtime versions and their support dates.', command: 'ax runtime versions'},
      {step: 'Move the plugin to a supported runtime; the upgrade rewrites the range and the code.', command: 'ax plugin upgrade --to <version>'},
    ],
    related: [{error: 'AX7002'}, {error: 'AX7001'}],
    introducedIn: '2.0.0',
  }),
  defineError({
    id: 'AX2040',
    title: 'Lint errors',
    area: 'plugin-manifest',
    severity: 'error',
    message: '{count} lint errors in {path}; the first is {first}.',
    params: {count: 'integer', path: 'path', first: 'string'},
    causes: [
      'Code was written after scaffolding without running the template\'s lint.',
      'The template\'s lint rules were updated and the plugin predates them.',
    ],
    fixes: [
      {step: 'Apply the safe automatic fixes first.', command: 'ax plugin validate --fix'},
      {step: 'Fix what remains by hand, then validate as strictly as stable does.', command: 'ax plugin validate --strict'},
    ],
    related: [{doc: routes.doc('guides/plugin-templates'), label: 'Plugin templates'}],
    introducedIn: '2.0.0',
    aliases: ['E_LINT'],
  }),
];
