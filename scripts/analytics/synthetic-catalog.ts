/**
 * What the synthetic marketplace holds: its plugins, the queries developers type, the docs
 * pages they rate. The generator turns these into events; the story they tell (a launch spike,
 * one plugin whose installs drop by 30%, one by exactly 20%, a plugin too new to compare) is
 * planted here so the committed export exercises every alert state.
 */

import {routes} from '../../src/routes/table';

export interface SyntheticPlugin {
  plugin: string;
  /** Installs in an ordinary recent week, before scaling. */
  weekly: number;
  /** Share of (user, plugin) pairs that stay active for good. */
  keep: number;
  /** The template archetype the plugin started from, if any. */
  archetype: string | null;
  /** Week index (0 = the first week) the plugin launched in; installs spike that week. */
  launch?: number;
  /** Fixed installs in the last two complete weeks: the planted alerts. */
  lastTwoWeeks?: [number, number];
  /** What developers type when they look for it. */
  queries: string[];
}

export const syntheticPlugins: SyntheticPlugin[] = [
  {plugin: 'billing-sync', weekly: 62, keep: 0.62, archetype: 'data-sync', queries: ['billing', 'invoice sync', 'billing sync']},
  {plugin: 'slack-notify', weekly: 48, keep: 0.58, archetype: null, lastTwoWeeks: [40, 28], queries: ['slack', 'notifications', 'chat alerts']},
  {plugin: 'github-webhooks', weekly: 44, keep: 0.55, archetype: 'workflow', queries: ['github', 'webhooks', 'pull request']},
  {plugin: 'okta-sso', weekly: 38, keep: 0.66, archetype: 'auth', queries: ['sso', 'okta', 'saml']},
  {plugin: 'postgres-sync', weekly: 34, keep: 0.6, archetype: 'data-sync', queries: ['postgres', 'database sync', 'cdc']},
  {plugin: 'jira-bridge', weekly: 30, keep: 0.5, archetype: 'workflow', lastTwoWeeks: [25, 20], queries: ['jira', 'issue tracker', 'tickets']},
  {plugin: 'datadog-metrics', weekly: 28, keep: 0.57, archetype: 'observability', queries: ['datadog', 'metrics', 'dashboards']},
  {plugin: 'policy-guard', weekly: 26, keep: 0.6, archetype: 'governance', launch: 6, queries: ['policy', 'policy as code', 'compliance']},
  {plugin: 'audit-trail', weekly: 24, keep: 0.64, archetype: 'governance', queries: ['audit log', 'audit', 'audit log export']},
  {plugin: 'sentry-errors', weekly: 22, keep: 0.52, archetype: 'observability', queries: ['sentry', 'error tracking', 'exceptions']},
  {plugin: 'stripe-payments', weekly: 21, keep: 0.55, archetype: 'data-sync', queries: ['stripe', 'payments', 'checkout']},
  {plugin: 'secrets-vault', weekly: 19, keep: 0.63, archetype: 'auth', queries: ['secrets', 'vault', 'api keys']},
  {plugin: 'pagerduty-relay', weekly: 18, keep: 0.5, archetype: 'observability', queries: ['pagerduty', 'on-call', 'incident']},
  {plugin: 'salesforce-sync', weekly: 17, keep: 0.54, archetype: 'data-sync', queries: ['salesforce', 'crm sync', 'crm']},
  {plugin: 'cron-scheduler', weekly: 16, keep: 0.48, archetype: 'workflow', queries: ['cron', 'schedule', 'scheduled jobs']},
  {plugin: 'webhook-router', weekly: 15, keep: 0.45, archetype: null, queries: ['webhook router', 'routing', 'fan out']},
  {plugin: 'feature-flags', weekly: 14, keep: 0.5, archetype: null, queries: ['feature flags', 'toggles', 'rollout']},
  {plugin: 'bigquery-export', weekly: 13, keep: 0.47, archetype: 'data-sync', queries: ['bigquery', 'warehouse export', 'export']},
  {plugin: 'hubspot-sync', weekly: 12, keep: 0.44, archetype: null, queries: ['hubspot', 'marketing sync', 'contacts']},
  {plugin: 'zendesk-tickets', weekly: 12, keep: 0.46, archetype: 'workflow', queries: ['zendesk', 'support tickets', 'helpdesk']},
  {plugin: 'rate-limiter', weekly: 11, keep: 0.42, archetype: null, queries: ['rate limit', 'throttling', 'quota']},
  {plugin: 'auth0-login', weekly: 10, keep: 0.52, archetype: 'auth', queries: ['auth0', 'login', 'oauth']},
  {plugin: 's3-archive', weekly: 9, keep: 0.5, archetype: null, queries: ['s3', 'archive', 'backup']},
  {plugin: 'csv-export', weekly: 8, keep: 0.35, archetype: null, queries: ['csv', 'csv export', 'spreadsheet']},
  {plugin: 'search-indexer', weekly: 7, keep: 0.45, archetype: null, queries: ['search index', 'elasticsearch', 'full text']},
  {plugin: 'i18n-strings', weekly: 6, keep: 0.4, archetype: null, queries: ['i18n', 'translations', 'locales']},
  {plugin: 'backup-snapshots', weekly: 5, keep: 0.55, archetype: null, queries: ['snapshots', 'backups', 'restore']},
  {plugin: 'pdf-render', weekly: 6, keep: 0.4, archetype: null, launch: 12, queries: ['pdf', 'pdf render', 'reports']},
];

/** Queries that grow week after week: what "rising" should find. */
export const risingQueries = ['opentelemetry', 'audit log export', 'policy as code', 'ai assistant'];
/** Queries the marketplace has nothing for: what "zero results" should find. */
export const zeroResultQueries = ['sap connector', 'terraform provider', 'graphql federation', 'mainframe bridge', 'teams notifications', 'cobol'];

export const syntheticArchetypes: [archetype: string, weight: number][] = [
  ['data-sync', 0.3],
  ['auth', 0.24],
  ['workflow', 0.2],
  ['observability', 0.15],
  ['governance', 0.11],
];

/** Labs: how many developers start each, and how many of those finish. */
export const syntheticLabs: [lab: string, starts: number, completes: number][] = [
  ['first-plugin', 0.34, 0.68],
  ['publish-and-monitor', 0.18, 0.64],
  ['incident-drill', 0.12, 0.66],
  ['stakeholder-tour', 0.08, 0.67],
];

/** Docs pages readers rate, and how often they rate them "up". */
export const feedbackPages: [page: string, up: number][] = [
  [routes.doc('start-here'), 0.92],
  [routes.doc('tutorials/first-plugin'), 0.9],
  [routes.doc('guides/plugin-templates'), 0.9],
  [routes.doc('guides/marketplace-analytics'), 0.88],
  [routes.doc('guides/maintenance-automation'), 0.74],
  [routes.cli(), 0.9],
  [routes.doc('reference/error-catalog'), 0.86],
  [routes.doc('reference/ownership'), 0.93],
  [routes.doc('contributing'), 0.91],
  [routes.doc('handoff'), 0.89],
];
export const downReasons = ['outdated', 'missing-example', 'unclear', 'broken-link'];
export const upReasons = ['clear', 'complete', 'good-examples'];
