import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {isoDay} from '../../src/content-model/dates';
import {buildKnowledgeBase} from './knowledge-base';
import {validateOptions, type PluginOptions} from './options';
import type {KnowledgeBaseData} from './types';

/**
 * Publishes the runbooks knowledge base (owners, freshness, drill standing, drill steps and the
 * trigger → runbook map) as global data for the runbook components and the error pages.
 */
export default function runbooksPlugin(context: LoadContext, options: PluginOptions): Plugin<KnowledgeBaseData> {
  const routeBase = `${context.baseUrl.replace(/\/$/, '')}/${options.routeBasePath.replace(/^\/|\/$/g, '')}`;
  return {
    name: 'ax-runbooks',
    getPathsToWatch() {
      return [path.join(context.siteDir, options.root, '**/*.{md,mdx,json}')];
    },
    async loadContent() {
      const today = options.today ?? isoDay();
      return buildKnowledgeBase(context.siteDir, {root: options.root, routeBase, today});
    },
    async contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
  };
}

runbooksPlugin.validateOptions = validateOptions;
