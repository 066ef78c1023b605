import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {docsInstances} from '../../src/routes/table';
import {availableTourSteps, type TourStep} from './tour-steps';
import {validateOptions, type PluginOptions} from './options';

export interface OnboardingContent {
  tour: TourStep[];
}

/**
 * Onboarding: the "Was this helpful?" feedback on every doc page (`@theme/DocFeedback`, mounted
 * by the site's DocItem footer wrapper) and the guided tour (`@theme/GuidedTour`, on Start here,
 * reading its steps from the `tour.json` module written here).
 */
export default function onboardingPlugin(context: LoadContext, _options: PluginOptions): Plugin<OnboardingContent> {
  return {
    name: 'ax-onboarding',
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(__dirname, 'theme');
    },
    async loadContent() {
      // The labs step links to the labs index, so it waits until the labs are in the docs folder.
      const labs = fs.existsSync(path.join(context.siteDir, docsInstances.docs.folder, 'labs'));
      return {tour: availableTourSteps({labs})};
    },
    async contentLoaded({content, actions}) {
      await actions.createData('tour.json', JSON.stringify(content.tour));
    },
  };
}

onboardingPlugin.validateOptions = validateOptions;
