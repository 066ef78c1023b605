import fs from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {officeHours, officeHoursScheduleProblems} from '../../src/content-model/registry/office-hours';
import {docsInstances, generatedFiles} from '../../src/routes/table';
import {officeHoursToIcs} from './office-hours-ics';
import {officeHoursView, type OfficeHoursView} from './office-hours-view';
import {availableTourSteps, type TourStep} from './tour-steps';
import {validateOptions, type PluginOptions} from './options';

export interface OnboardingContent {
  tour: TourStep[];
  officeHours: OfficeHoursView;
}

/**
 * Onboarding: the "Was this helpful?" feedback on every doc page (`@theme/DocFeedback`, mounted
 * by the site's DocItem footer wrapper), the guided tour (`@theme/GuidedTour`, on Start here)
 * and the office hours (`@theme/OfficeHours`, and the iCalendar feed written after the build).
 * Components read their data from the JSON modules written here.
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
      const problems = officeHoursScheduleProblems(officeHours);
      if (problems.length) throw new Error(`src/content-model/registry/office-hours.ts: ${problems.join('; ')}`);
      // The labs step links to the labs index, so it waits until the labs are in the docs folder.
      const labs = fs.existsSync(path.join(context.siteDir, docsInstances.docs.folder, 'labs'));
      return {tour: availableTourSteps({labs}), officeHours: officeHoursView(officeHours)};
    },
    async contentLoaded({content, actions}) {
      await actions.createData('tour.json', JSON.stringify(content.tour));
      await actions.createData('office-hours.json', JSON.stringify(content.officeHours));
    },
    async postBuild({outDir}) {
      const file = path.join(outDir, generatedFiles.officeHoursIcs);
      await mkdir(path.dirname(file), {recursive: true});
      await writeFile(file, officeHoursToIcs(officeHours, context.siteConfig.url));
    },
  };
}

onboardingPlugin.validateOptions = validateOptions;
