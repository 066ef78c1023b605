import prismIncludeLanguages from '@theme/prism-include-languages';
import {highlightOn, normalizeTokens, useTokenize, type PrismLike} from './highlight';

/**
 * What the bundles get for `prism-react-renderer` (see ../index.ts): a Prism of prismjs's own
 * core with JavaScript (which TypeScript extends) and the site's `prism.additionalLanguages`,
 * set up the moment a code block first tokenizes (`loadPrism`), and the package's `<Highlight>` on it.
 * The package's Prism defined twenty languages on start-up; each definition walks every language
 * already defined, which came to about a quarter of a second of a 4x-throttled main thread. A
 * fenced language that is not registered renders as plain text, as it did before: add it to
 * `prism.additionalLanguages` in docusaurus.config.ts, after any language it extends.
 */

const global = globalThis as unknown as {Prism?: unknown};

let prism: PrismLike | undefined;

/**
 * Prism with the site's languages, set up by the first code block that tokenizes. Not on import:
 * a page as loaded keeps the code lines the server drew (src/theme/CodeBlock/Content), so
 * hydrating it needs no Prism, and defining the languages cost a throttled phone about 75 ms in
 * the task that starts hydration, the largest part of a runbook's longest task (issue 13).
 */
export function loadPrism(): PrismLike {
  if (prism) return prism;
  const before = global.Prism;
  // Prism's core highlights every code element of the document on load unless told it is driven by
  // hand; React renders our code blocks. The component files below register on the global Prism.
  global.Prism = {manual: true, disableWorkerMessageHandler: true};
  // prismjs's files are scripts that must run in this order against the global Prism: hence require.
  const core = require('prismjs/components/prism-core') as PrismLike;
  require('prismjs/components/prism-clike');
  require('prismjs/components/prism-javascript');
  if (before === undefined) delete global.Prism;
  else global.Prism = before;
  prismIncludeLanguages(core as never);
  prism = core;
  return prism;
}

export const Highlight = highlightOn(loadPrism);
export {normalizeTokens, useTokenize};
