import type {DatastoreInput, TemplateInput} from '../src/template-model/schema';

/**
 * The plugin template library: the one place its facts are written. `ax plugin init`'s
 * `--template` and `--datastore` values, the template pages, the compatibility matrix and the
 * sample workspaces all read them from here; each template's scaffold is the folder named by
 * its archetype. Adding a template is one entry below plus its folder.
 *
 * Plain data with type-only imports, so the CLI spec can import it without the schema's zod.
 */

/** Datastore adapters `--datastore` can add; a template lists the ones it supports. */
export const datastores = [
  {id: 'postgres', name: 'PostgreSQL', summary: 'Keeps the plugin\'s records in the workspace\'s managed PostgreSQL database.', permissions: ['datastore:postgres']},
  {id: 'sqlite', name: 'SQLite', summary: 'Keeps the plugin\'s records in a SQLite file the runtime stores beside the plugin.', permissions: ['datastore:sqlite']},
  {id: 'none', name: 'None', summary: 'No database: the plugin keeps its state in the runtime\'s key-value store.', permissions: []},
] as const satisfies readonly DatastoreInput[];

export const templateRegistry: TemplateInput[] = [
  {
    archetype: 'auth',
    name: 'Authentication',
    summary: 'Signs workspace members in to a third-party service and keeps their tokens fresh.',
    useCases: ['Connect a workspace to a service that uses OAuth', 'Share one service account across a workspace'],
    includes: ['OAuth device flow', 'Token refresh before expiry', 'Tokens kept in the plugin\'s store'],
    owner: 'cli',
    datastores: ['none'],
    lintRules: ['ax/default-export', 'ax/no-console', 'ax/constant-log-messages', 'ax/http-timeout', 'ax/no-process-env'],
    compatibility: {runtimes: ['2.1', '2.2', '2.3']},
  },
  {
    archetype: 'data-sync',
    name: 'Data sync',
    summary: 'Copies records between an external system and the workspace on a cursor.',
    useCases: ['Mirror a CRM or billing system into the workspace', 'Export workspace records to a warehouse'],
    includes: ['Cursor-based sync loop', 'Retry with backoff', 'A datastore adapter of your choice'],
    owner: 'cli',
    datastores: ['postgres', 'sqlite', 'none'],
    lintRules: ['ax/default-export', 'ax/no-console', 'ax/constant-log-messages', 'ax/http-timeout'],
    compatibility: {runtimes: ['2.2', '2.3']},
    highlight: ['src/sync.ts'],
  },
  {
    archetype: 'workflow',
    name: 'Workflow automation',
    summary: 'Reacts to platform events and runs a sequence of steps, once per event.',
    useCases: ['Welcome new members with a checklist', 'Provision resources when a workspace is created'],
    includes: ['Event subscription', 'Step runner', 'Idempotency keys'],
    owner: 'cli',
    datastores: ['none', 'postgres', 'sqlite'],
    lintRules: ['ax/default-export', 'ax/no-console', 'ax/keep-subscriptions'],
    compatibility: {runtimes: ['2.1', '2.2', '2.3']},
  },
  {
    archetype: 'observability',
    name: 'Observability',
    summary: 'Exports the workspace\'s plugin events as metrics, with the correlation ID of each request.',
    useCases: ['Send plugin metrics to an existing monitoring stack', 'Trace a request across several plugins'],
    includes: ['Telemetry client with correlation IDs', 'Batching with a flush on unload'],
    owner: 'cli',
    datastores: ['none'],
    lintRules: ['ax/default-export', 'ax/no-console', 'ax/constant-log-messages', 'ax/http-timeout', 'ax/keep-subscriptions'],
    compatibility: {runtimes: ['2.1', '2.2', '2.3']},
  },
  {
    archetype: 'governance',
    name: 'Governance',
    summary: 'Enforces a workspace policy on the plugins installed in it and keeps an audit log.',
    useCases: ['Flag plugins from publishers outside an allow-list', 'Keep an audit trail of installs'],
    includes: ['Policy hook on plugin installs', 'Audit log writer', 'A sample policy'],
    owner: 'cli',
    datastores: ['none'],
    lintRules: ['ax/default-export', 'ax/no-console', 'ax/constant-log-messages', 'ax/keep-subscriptions', 'ax/no-process-env'],
    compatibility: {runtimes: ['2.1', '2.2', '2.3']},
  },
];
