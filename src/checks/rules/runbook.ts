import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {checkRunbookSections} from '../../content-model/runbook-body';
import type {OpsReferences} from '../../content-model/ops/references';
import {alerts} from '../../content-model/ops/alerts';
import {defineRule, type Rule} from '../rule';
import type {SiteModel} from '../site-model';
import {isErrorIdTrigger, listItemPosition, runbookPages} from './runbook-model';

const alertsFile = 'src/content-model/ops/alerts.ts';

/** Missing, repeated or misordered runbook sections. */
export const runbookSectionsRule = defineRule<SiteModel>(
  {
    id: 'runbook/sections',
    description: 'A runbook has the sections Triggers, Impact, Diagnosis, Mitigation, Recovery steps, Verification and Comms, once each, in that order.',
    rationale: 'The on-call engineer at 3 a.m. finds the same thing in the same place on every runbook.',
    defaultSeverity: 'error',
  },
  (site, report) => {
    for (const rb of runbookPages(site)) {
      const lastLine = rb.page.source.split(/\r?\n/).length;
      for (const p of checkRunbookSections(rb.body, lastLine)) report({file: rb.page.file, line: p.line, message: p.message});
    }
  },
);

/** The trigger and command rules, judged against the given error catalog, alert list and CLI spec. */
export function createRunbookReferenceRules(refs: () => OpsReferences): Rule<SiteModel>[] {
  const triggers = defineRule<SiteModel>(
    {
      id: 'runbook/triggers',
      description: 'Every runbook trigger names an alert in the alert list or an error ID in the error catalog.',
      rationale: 'A trigger that names nothing real is a runbook nobody will be sent to.',
      defaultSeverity: 'error',
    },
    (site, report) => {
      const {errorIds, alertNames} = refs();
      for (const rb of runbookPages(site)) {
        for (const t of rb.frontmatter.triggers) {
          const isError = isErrorIdTrigger(t);
          if (isError ? errorIds.has(t) : alertNames.has(t)) continue;
          const expected = isError ? 'an active error ID from the catalog in errors/' : 'an alert name from src/content-model/ops/alerts.ts';
          report({file: rb.page.file, ...listItemPosition(rb.page, 'triggers', t), message: `Unexpected unknown ${isError ? 'error ID' : 'alert'} "${t}" in "triggers", expected ${expected}`});
        }
      }
    },
  );
  const commands = defineRule<SiteModel>(
    {
      id: 'runbook/commands',
      description: 'Every `ax` command in a runbook code block carries the required flags and arguments the CLI spec names, so it works when pasted.',
      rationale: 'A command that fails when pasted at 3 a.m. costs the minutes the runbook is meant to save.',
      defaultSeverity: 'error',
    },
    (site, report) => {
      const {checkAxCommand: check, findAxCommands: find} = refs();
      if (!check) return;
      for (const rb of runbookPages(site)) {
        for (const c of find ? find(rb.page.source) : rb.body.commands) {
          const result = check(c.command, {inline: Boolean('inline' in c && c.inline)});
          if (!result.ok) report({file: rb.page.file, line: c.line, message: result.message});
        }
      }
    },
  );
  const coverage = defineRule<SiteModel>(
    {
      id: 'runbook/alert-coverage',
      description: 'Every alert in the alert list is a trigger of at least one runbook.',
      rationale: 'An alert without a runbook pages someone who has nowhere to start.',
      defaultSeverity: 'error',
    },
    async (site, report) => {
      const pages = runbookPages(site);
      if (!pages.length) return;
      const named = new Set(pages.flatMap((rb) => rb.frontmatter.triggers));
      // The alert list is judged only in the tree that holds it, so fixture sites stay quiet.
      const source = await readFile(path.join(site.root, alertsFile), 'utf8').catch(() => undefined);
      if (source === undefined) return;
      const lines = source.split('\n');
      for (const a of alerts) {
        if (!named.has(a.name) && refs().alertNames.has(a.name)) {
          const line = lines.findIndex((l) => l.includes(`name: '${a.name}'`)) + 1 || 1;
          report({file: alertsFile, line, message: `Unexpected alert "${a.name}" without a runbook, expected a runbook listing it in "triggers"`});
        }
      }
    },
  );
  return [triggers, commands, coverage];
}
