/**
 * A stand-in for the bundler utilities Docusaurus passes `configureWebpack`, for plugins that swap
 * Docusaurus modules with a `NormalModuleReplacementPlugin`: the test compares the plugins the
 * hook returns with ones built from the same pattern and replacement.
 */
export class NormalModuleReplacementPlugin {
  constructor(
    readonly pattern: RegExp,
    readonly replacement: string,
  ) {}
}

/** The `{currentBundler}` argument of `configureWebpack`, with the stand-in as Rspack's plugin. */
export const bundlerUtils = {currentBundler: {name: 'rspack', instance: {NormalModuleReplacementPlugin}}} as never;
