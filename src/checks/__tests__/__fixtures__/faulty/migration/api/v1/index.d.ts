/**
 * Registers a plugin.
 *
 * @category Lifecycle
 * @since 1.0
 * @deprecated 2.0 Nothing replaces it.
 * @removed 2.4
 * @migration entry-point
 */
export declare function register(plugin: unknown): void;
