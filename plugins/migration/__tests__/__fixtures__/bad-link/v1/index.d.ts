/**
 * Registers a plugin.
 *
 * @since 1.0
 * @deprecated 2.0 Use {@link definePluginn} instead.
 * @removed 2.4
 * @migration entry-point
 */
export declare function register(plugin: unknown): void;

/**
 * Declares a plugin.
 *
 * @since 2.0
 */
export declare function definePlugin(plugin: unknown): unknown;
