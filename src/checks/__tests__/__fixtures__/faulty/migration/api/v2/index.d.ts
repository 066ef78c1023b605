/**
 * Declares a plugin.
 *
 * @category Lifecycle
 * @since 2.0
 */
export declare function definePlugin(definition: PluginDefinition): PluginDefinition;

/**
 * A plugin: a name and an activation callback.
 *
 * @category Lifecycle
 * @since 2.0
 */
export interface PluginDefinition {
  name: string;
  activate(ctx: PluginContext): void | Promise<void>;
}

/**
 * The services a plugin gets.
 *
 * @category Lifecycle
 * @since 2.0
 */
export interface PluginContext {
  /**
   * Sends a request without egress checks.
   *
   * @surface HTTP
   * @since 2.0
   * @deprecated 2.0 Use {@link PluginContext.request} instead.
   * @removed 2.4
   * @migration entry-point
   */
  fetchRaw(url: string): Promise<string>;
  /** Sends a request. */
  request(url: string, init: {timeoutMs: number}): Promise<string>;
  /**
   * Reads a setting.
   *
   * @surface Settings
   * @since 2.4
   */
  setting(name: string): string | undefined;
}

/**
 * The plugin manifest.
 *
 * @category Manifest
 * @since 2.0
 */
export interface ManifestV2 {
  manifestVersion: 2;
  name: string;
  entry: string;
  runtime: string;
  /**
   * Runtime APIs the plugin calls.
   *
   * @surface Manifest
   * @since 2.4
   */
  apis?: string[];
}
