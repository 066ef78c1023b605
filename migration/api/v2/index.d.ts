/**
 * The ax plugin runtime API, version 2, served by runtime 2.0 and later.
 *
 * @module v2
 */

/**
 * Declares a plugin. A v2 plugin's entry module exports the result as its default export.
 *
 * @category Lifecycle
 * @since 2.0
 */
export declare function definePlugin(definition: PluginDefinition): PluginDefinition;

/**
 * A v2 plugin: a name and lifecycle callbacks that receive a {@link PluginContext}.
 *
 * @category Lifecycle
 * @since 2.0
 */
export interface PluginDefinition {
  /** The plugin's marketplace name, for example `hello-workflow`. */
  name: string;
  /** Called once when the runtime loads the plugin. Subscriptions made here are released on unload. */
  activate(ctx: PluginContext): void | Promise<void>;
  /** Called before the runtime unloads the plugin. */
  deactivate?(ctx: PluginContext): void | Promise<void>;
}

/**
 * The services the runtime hands a v2 plugin, grouped by purpose.
 *
 * @category Lifecycle
 * @since 2.0
 */
export interface PluginContext {
  /** Platform events, typed by name. */
  readonly events: EventBus;
  /** Structured logging with the request's correlation ID. */
  readonly logger: Logger;
  /** HTTP through the runtime's egress proxy. */
  readonly http: HttpClient;
  /** JSON key-value storage, scoped to this plugin in this workspace. */
  readonly store: KeyValueStore;
  /**
   * The plugin's settings, validated against the manifest's `settings` schema.
   *
   * @surface Settings
   * @since 2.1
   */
  readonly settings: Settings;
  /**
   * Correlation ID of the request being handled, or `undefined` outside a request.
   *
   * @surface Logging
   * @since 2.1
   */
  readonly correlationId: string | undefined;
}

/**
 * Payloads of the platform events a plugin can subscribe to, by event name.
 *
 * @category Events
 * @since 2.0
 */
export interface EventMap {
  'workspace.created': {workspaceId: string; name: string};
  'plugin.installed': {workspaceId: string; pluginName: string; version: string};
  'member.joined': {workspaceId: string; userId: string};
}

/**
 * A handle that releases a subscription.
 *
 * @category Events
 * @since 2.0
 */
export interface Subscription {
  unsubscribe(): void;
}

/**
 * Typed platform events.
 *
 * @category Events
 * @since 2.0
 */
export interface EventBus {
  /** Calls `handler` for every event of this name until the subscription is released. */
  subscribe<E extends keyof EventMap>(event: E, handler: (payload: EventMap[E]) => void | Promise<void>): Subscription;
  /**
   * Calls `handler` for the next event of this name only.
   *
   * @surface Events
   * @since 2.2
   */
  once<E extends keyof EventMap>(event: E, handler: (payload: EventMap[E]) => void | Promise<void>): Subscription;
}

/**
 * Structured fields attached to a log line.
 *
 * @category Logging
 * @since 2.0
 */
export type LogFields = Record<string, string | number | boolean>;

/**
 * Structured logging. Every line carries the plugin name and the correlation ID.
 *
 * @category Logging
 * @since 2.0
 */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/**
 * An HTTP request made through {@link HttpClient.request}.
 *
 * @category HTTP
 * @since 2.0
 */
export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  /** Serialised as JSON. */
  json?: unknown;
  /** Milliseconds before the request is abandoned; defaults to 10000. */
  timeoutMs?: number;
}

/**
 * The response to an {@link HttpRequest}.
 *
 * @category HTTP
 * @since 2.0
 */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  json<T = unknown>(): Promise<T>;
  text(): Promise<string>;
}

/**
 * HTTP through the runtime's egress proxy, limited to the hosts in the manifest's `egress` list.
 *
 * @category HTTP
 * @since 2.0
 */
export interface HttpClient {
  /** Sends a request and resolves with the response, whatever its status. */
  request(url: string, init?: HttpRequest): Promise<HttpResponse>;
  /**
   * Sends a request with a raw string body and no egress checks on redirects.
   *
   * @surface HTTP
   * @since 2.0
   * @deprecated 2.2 Use {@link HttpClient.request}, which checks every redirect against the egress list.
   * @removed 2.5
   * @migration http
   */
  fetchRaw(url: string, init?: {method?: string; headers?: Record<string, string>; body?: string}): Promise<HttpResponse>;
}

/**
 * JSON key-value storage, scoped to one plugin in one workspace.
 *
 * @category Storage
 * @since 2.0
 */
export interface KeyValueStore {
  /** Reads a value, or `undefined` when the key is absent or expired. */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Writes a JSON value, optionally expiring after `ttlSeconds`. */
  set<T>(key: string, value: T, options?: {ttlSeconds?: number}): Promise<void>;
  /** Deletes a key. */
  delete(key: string): Promise<void>;
  /**
   * Lists keys that start with `prefix`, in lexical order.
   *
   * @surface Storage
   * @since 2.2
   */
  list(prefix: string): Promise<string[]>;
}

/**
 * Read-only plugin settings.
 *
 * @category Settings
 * @since 2.1
 */
export interface Settings {
  /** A setting's value, typed by the caller, or `undefined` when unset. */
  get<T = string>(name: string): T | undefined;
}

/**
 * The v2 plugin manifest, `ax-plugin.json` with `"manifestVersion": 2`.
 *
 * @category Manifest
 * @since 2.0
 */
export interface ManifestV2 {
  /** Schema version of this file. */
  manifestVersion: 2;
  /** Marketplace name of the plugin. */
  name: string;
  /** Plugin version, semver. */
  version: string;
  /** Module whose default export is made with {@link definePlugin}. */
  entry: string;
  /** Lowest runtime version the plugin runs on, for example `2.1`. */
  runtime: string;
  /** Fine-grained permissions, for example `store:write` or `events:workspace.created`. */
  permissions: string[];
  /** Hosts the plugin may reach through {@link HttpClient.request}. */
  egress?: string[];
  /**
   * Runtime APIs the plugin calls, for example `v2.EventBus.subscribe`; `ax plugin validate` checks them against the runtime.
   *
   * @surface Manifest
   * @since 2.1
   */
  apis?: string[];
}
