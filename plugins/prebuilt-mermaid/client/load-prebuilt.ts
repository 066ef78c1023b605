import type Mermaid from 'mermaid';

/** Set by the plugin: where the build put Mermaid's prebuilt entry file, below baseUrl. */
declare const __AX_MERMAID_URL__: string;

/**
 * What `import('mermaid')` resolves to in the browser bundle. The theme imports Mermaid lazily,
 * so this module, and the native import of the prebuilt files, run only on pages with a diagram.
 */
const prebuilt = (await import(/* webpackIgnore: true */ __AX_MERMAID_URL__)) as {default: typeof Mermaid};

export default prebuilt.default;
