import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {RecordingView} from '../../src/recordings/types';
import {recordingsFolder} from '../../src/recordings/ids';
import {routes} from '../../src/routes/table';
import {loadRecordingViews} from './content';
import {validateOptions, type PluginOptions} from './options';

const themePath = path.join(__dirname, 'theme');

/**
 * Recorded sessions and walkthroughs: reads each record and its WebVTT captions in
 * `loadContent` (failing the build on any problem), then adds the index and one page per
 * recording, each with its transcript as route props. The player appears only when the build
 * is given a media location.
 */
export default function recordingsPlugin(context: LoadContext, options: PluginOptions): Plugin<RecordingView[]> {
  return {
    name: 'ax-recordings',
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
    getPathsToWatch: () => [path.join(context.siteDir, recordingsFolder, '*')],
    async loadContent() {
      return loadRecordingViews(context.siteDir, options.mediaBaseUrl);
    },
    async contentLoaded({content, actions}) {
      if (!content.length) return;
      const summaries = content.map(({chapters: _chapters, ...summary}) => summary);
      actions.addRoute({path: routes.recording(), component: '@theme/RecordingIndexPage', exact: true, props: {recordings: summaries}});
      for (const recording of content) actions.addRoute({path: recording.url, component: '@theme/RecordingPage', exact: true, props: {recording}});
    },
  };
}

recordingsPlugin.validateOptions = validateOptions;
