import type {LoadContext, Plugin} from '@docusaurus/types';
import {validateOptions, type PluginOptions} from './options';

/**
 * V8's explicit compile hint for a whole file (Chrome 136 and later): every function in it is
 * compiled eagerly, on the thread that streams the script in, instead of lazily on the main thread
 * when first called. It must open the file.
 */
export const compileHint = '//# allFunctionsCalledOnLoad';

/**
 * Marks the entry scripts (`runtime~main.js`, `main.js`) with V8's compile hint. Nearly all of
 * their module factories run as the page starts, and each was compiled on the main thread the
 * first time it was called: on a runbook at 4× throttling, about 180 ms of main.js's start-up
 * task was compiling (issue 13). Route chunks stay lazy: most are too small to be streamed, so
 * the hint compiled every function in them on the main thread, used or not; hinting them too
 * lowered the runbook's Lighthouse score from 91 to 86 (median of 8 alternating runs).
 *
 * The hint goes in after minification, which would strip a comment, and before the real content
 * hash, so the file's name still matches its bytes.
 */
export default function compileHintsPlugin(_context: LoadContext, _options: PluginOptions): Plugin<void> {
  return {
    name: 'ax-compile-hints',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {BannerPlugin, Compilation} = currentBundler.instance;
      return {plugins: [new BannerPlugin({banner: compileHint, raw: true, entryOnly: true, test: /\.js$/, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE})]};
    },
  };
}

compileHintsPlugin.validateOptions = validateOptions;
