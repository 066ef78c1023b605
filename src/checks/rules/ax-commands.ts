import {checkAxCommand, findAxCommands} from '../../cli-spec';
import {defineRule} from '../rule';
import type {SiteModel} from '../site-model';

/** An `ax …` command in a page that the CLI spec does not know. */
export const axCommands = defineRule<SiteModel>(
  {
    id: 'cli/ax-commands',
    description: 'Every `ax …` command in a shell code block or inline code must exist in the typed CLI spec, with known flags and valid values.',
    rationale: 'Readers copy commands from the docs mid-incident; a renamed flag or a typo should fail CI, not the reader. The spec in src/cli-spec is also the CLI reference.',
    defaultSeverity: 'error',
  },
  (site, report) => {
    for (const page of site.pages) {
      for (const found of findAxCommands(page.source)) {
        const result = checkAxCommand(found.command);
        if (!result.ok) report({file: page.file, line: found.line, message: result.message});
      }
    }
  },
);
