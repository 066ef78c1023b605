/**
 * The ax plugin runtime API, version 1, as served by runtime 1.x. Runtime 2.0 to 2.3 still
 * load v1 plugins through a compatibility layer; most of this API is removed in runtime 2.4.
 *
 * @module v1
 */

/**
 * Registers a plugin with the runtime. A v1 plugin calls it once from its `main` module.
 *
 * @category Lifecycle
 * @since 1.0
 * @deprecated 2.0 Export a definition made with {@link v2.definePlugin} instead.
 * @removed 2.4
 * @migration entry-point
 */
export declare function register(plugin: PluginV1): void;

/**
 * A v1 plugin: a name and two lifecycle callbacks.
 *
 * @category Lifecycle
 * @since 1.0
 * @deprecated 2.0 Use {@link v2.PluginDefinition}, returned by {@link v2.definePlugin}.
 * @removed 2.4
 * @migration entry-point
 */
export interface PluginV1 {
  /** The plugin's marketplace name, for example `hello-workflow`. */
  name: string;
  /** Called once when the runtime loads the plugin. */
  activate(ctx: ContextV1): void | Promise<void>;
  /** Called before the runtime unloads the plugin. */
  deactivate?(): void | Promise<void>;
}

/**
 * What the runtime hands a v1 plugin on activation.
 *
 * @category Lifecycle
 * @since 1.0
 * @deprecated 2.0 Use {@link v2.PluginContext}, which groups the same services by purpose.
 * @removed 2.4
 * @migration context
 */
export interface ContextV1 {
  /**
   * Subscribes to a platform event by name. Payloads are untyped.
   *
   * @surface Events
   * @since 1.0
   * @deprecated 2.0 Use {@link v2.EventBus.subscribe}, which types the payload and returns a subscription.
   * @removed 2.4
   * @migration events
   */
  on(event: string, handler: (payload: unknown) => void): void;
  /**
   * Writes a line to the plugin's log.
   *
   * @surface Logging
   * @since 1.0
   * @deprecated 2.0 Use {@link v2.Logger.info} and its siblings, which write structured fields and the correlation ID.
   * @removed 2.4
   * @migration logging
   */
  log(message: string): void;
  /**
   * Makes an HTTP request through the runtime's egress proxy.
   *
   * @surface HTTP
   * @since 1.1
   * @deprecated 2.0 Use {@link v2.HttpClient.request}, which enforces the manifest's `egress` allow-list.
   * @removed 2.4
   * @migration http
   */
  fetch(url: string, init?: {method?: string; headers?: Record<string, string>; body?: string}): Promise<{status: number; text(): Promise<string>}>;
  /**
   * The plugin's configuration as flat strings, read from the workspace settings.
   *
   * @surface Settings
   * @since 1.0
   * @deprecated 2.1 Use {@link v2.PluginContext.settings}, which validates values against the manifest.
   * @removed 2.5
   * @migration settings
   */
  readonly config: Record<string, string>;
  /**
   * The plugin's key-value storage.
   *
   * @surface Storage
   * @since 1.0
   * @deprecated 2.0 Use {@link v2.PluginContext.store}.
   * @removed 2.4
   * @migration storage
   */
  readonly storage: StorageV1;
}

/**
 * String key-value storage, scoped to one plugin in one workspace.
 *
 * @category Storage
 * @since 1.0
 * @deprecated 2.0 Use {@link v2.KeyValueStore}, which stores JSON values with an optional expiry.
 * @removed 2.4
 * @migration storage
 */
export interface StorageV1 {
  /** Reads a value, or `undefined` when the key is absent. */
  get(key: string): Promise<string | undefined>;
  /** Writes a value. */
  set(key: string, value: string): Promise<void>;
  /**
   * Reads a value synchronously from the local cache.
   *
   * @surface Storage
   * @since 1.0
   * @deprecated 1.2 Use the asynchronous {@link StorageV1.get}: the cache could serve stale values.
   * @removed 2.0
   * @migration storage
   */
  getSync(key: string): string | undefined;
}

/**
 * The v1 plugin manifest, `ax-plugin.json` with `"manifestVersion": 1`.
 *
 * @category Manifest
 * @since 1.0
 * @deprecated 2.0 Use {@link v2.ManifestV2}; `ax plugin upgrade` rewrites the file for you.
 * @removed 2.4
 * @migration manifest
 */
export interface ManifestV1 {
  /** Schema version of this file. */
  manifestVersion: 1;
  /** Marketplace name of the plugin. */
  name: string;
  /** Plugin version, semver. */
  version: string;
  /** Module that calls {@link register}. */
  main: string;
  /** Coarse permissions, for example `storage` or `network`. */
  permissions: string[];
}
