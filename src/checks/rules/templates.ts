import {analyzeTemplates, type TemplateReport} from '../../template-model/analyze';
import type {TemplateRuleId} from '../../template-model/load';
import {defineRule, type Rule} from '../rule';
import type {SiteModel} from '../site-model';
import {sourcesOf} from './migration';

/**
 * The template library of the checked root (`templates/registry.ts` and each scaffold), checked
 * against the runtime API declarations and releases of the same root, once per run however many
 * rules ask. A root without a template library (most fixture sites) gives no findings.
 */
const reportBySite = new WeakMap<SiteModel, TemplateReport | undefined>();
function reportOf(site: SiteModel): TemplateReport | undefined {
  if (!reportBySite.has(site)) {
    const migration = sourcesOf(site) ?? {releases: [], declarations: [], entryPoints: [], guideRoute: '', steps: [], problems: []};
    reportBySite.set(site, analyzeTemplates(site.root, migration));
  }
  return reportBySite.get(site);
}

function templateRule(id: TemplateRuleId, description: string, rationale: string): Rule<SiteModel> {
  return defineRule<SiteModel>({id, description, rationale, defaultSeverity: 'error'}, (site, report) => {
    for (const p of reportOf(site)?.problems ?? []) if (p.ruleId === id) report({file: p.file, line: p.line, column: p.column ?? 1, message: p.message});
  });
}

/**
 * Rules over the plugin template library, from which `ax plugin init`'s values, the template
 * pages, the sample workspaces and the template rows of the compatibility matrix are derived.
 * Each template is compiled against the API of every runtime release it claims.
 */
export const templateRules: readonly Rule<SiteModel>[] = [
  templateRule(
    'templates/registry',
    'Entries of templates/registry.ts match the template schema, name known datastores, owner teams and runtime releases, and have a scaffold folder.',
    'Every page, the CLI reference and the sample workspaces are made from the registry; an entry that does not hold together would publish a template nobody can scaffold.',
  ),
  templateRule(
    'templates/types',
    'Each template\'s src/ modules compile against the runtime API (migration/api/v<major>) of every runtime release it claims.',
    'A template that does not compile against the runtime it claims hands every new plugin a broken start.',
  ),
  templateRule(
    'templates/api-unavailable',
    'A template uses no API newer than the oldest runtime release it claims (by the declaration\'s @since).',
    'The plugin would fail to load on the older runtimes the template says it supports.',
  ),
  templateRule(
    'templates/api-deprecated',
    'A template uses no API deprecated on a runtime release it claims (by the declaration\'s @deprecated).',
    'Templates drifting from the runtime API is the library\'s main risk: a new plugin must not start on an API that is already on its way out.',
  ),
  templateRule(
    'templates/api-removed',
    'A template uses no API removed on a runtime release it claims (by the declaration\'s @removed).',
    'The plugin would fail on that runtime from the first install.',
  ),
  templateRule(
    'templates/manifest',
    'Each template\'s ax-plugin.json matches the manifest declaration of every runtime release it claims, uses no field those releases lack, names an entry module that exists and a runtime it claims.',
    'The manifest is what the runtime and the marketplace read first; a field a runtime does not know fails validation there.',
  ),
  templateRule(
    'templates/lint',
    'Each template\'s own modules pass the lint rules it ships, and its ax-lint.json turns on exactly the rules the registry lists.',
    'A template that breaks its own rules teaches the opposite of what its page says.',
  ),
];
