import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {architectureView, ownershipView, reviewIntervalsView, type ArchitectureView, type OwnershipView, type ReviewIntervalRow} from '../../src/model/registry-views';
import {validateOptions, type PluginOptions} from './options';

export interface RegistryContent {
  ownership: OwnershipView;
  architecture: ArchitectureView;
  reviewIntervals: ReviewIntervalRow[];
}

/**
 * The team and component registry as page data: the ownership matrix, the architecture map and
 * the review intervals are `@theme` components, and each imports only its own page's JSON from
 * `@generated/ax-registry/default/`, so the registry and zod never reach the browser.
 */
export default function registryPlugin(context: LoadContext, _options: PluginOptions): Plugin<RegistryContent> {
  return {
    name: 'ax-registry',
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(__dirname, 'theme');
    },
    getPathsToWatch() {
      return [path.join(context.siteDir, 'src/content-model/registry/**/*.ts'), path.join(context.siteDir, 'src/site/architecture.ts')];
    },
    async loadContent() {
      return {ownership: ownershipView(), architecture: architectureView(), reviewIntervals: reviewIntervalsView()};
    },
    async contentLoaded({content, actions}) {
      await actions.createData('ownership.json', JSON.stringify(content.ownership));
      await actions.createData('architecture.json', JSON.stringify(content.architecture));
      await actions.createData('review-intervals.json', JSON.stringify(content.reviewIntervals));
    },
  };
}

registryPlugin.validateOptions = validateOptions;
