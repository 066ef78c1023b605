import {defineRule, type Rule} from '../rule';
import type {SiteModel} from '../site-model';
import {readMigrationSources, type MigrationSources} from '../../migration-model/load';
import type {MigrationRuleId} from '../../migration-model/validate';

/**
 * The migration sources (`migration/releases.ts`, `migration/api/<v>/index.d.ts`, the guide's
 * step headings) of the checked root, read once per run however many rules ask. A root
 * without them (most fixture sites) gives no findings.
 */
const sourcesBySite = new WeakMap<SiteModel, MigrationSources | undefined>();
/** The checked root's migration sources, read once per run; the template rules judge templates by them too. */
export function sourcesOf(site: SiteModel): MigrationSources | undefined {
  if (!sourcesBySite.has(site)) sourcesBySite.set(site, readMigrationSources(site.root));
  return sourcesBySite.get(site);
}

function migrationRule(id: MigrationRuleId, description: string, rationale: string): Rule<SiteModel> {
  return defineRule<SiteModel>({id, description, rationale, defaultSeverity: 'error'}, (site, report) => {
    for (const p of sourcesOf(site)?.problems ?? []) if (p.ruleId === id) report({file: p.file, line: p.line, message: p.message});
  });
}

/**
 * Rules over the typed migration sources, from which the compatibility matrix, the deprecation
 * calendar, its iCalendar feed and the API reference are all derived. The build runs them too,
 * through the doc-checks plugin, which is the one place that fails the build on them.
 */
export const migrationRules: readonly Rule<SiteModel>[] = [
  migrationRule(
    'migration/releases',
    'Runtime releases in migration/releases.ts match the release schema, have their dates in order and ascend by version.',
    'A release out of order or with a date that does not exist would put every cell of its column in the wrong state.',
  ),
  migrationRule(
    'migration/since',
    'Every exported API declaration and every tagged member carries @since <runtime version>.',
    'Without it the matrix cannot tell on which runtime the API first works.',
  ),
  migrationRule(
    'migration/version',
    'Versions in @since, @deprecated and @removed are runtime releases listed in migration/releases.ts.',
    'A version that was never released has no column and no date, so the calendar could not date the removal.',
  ),
  migrationRule(
    'migration/replacement',
    'Every @deprecated tag names its replacement with {@link …}.',
    'Readers of a deprecated cell, the calendar and the breakage finder are told what to migrate to; a deprecation without one leaves them stuck.',
  ),
  migrationRule(
    'migration/order',
    'An API is deprecated at or after its @since, and removed only after it was deprecated.',
    'The matrix states follow from the versions; out of order they would say an API was removed before it was announced.',
  ),
  migrationRule(
    'migration/removal-date',
    'The release that removes an API ships after the release that deprecated it.',
    'Versions can be in order while the schedule is not; the calendar counts down to the removal day.',
  ),
  migrationRule(
    'migration/step',
    'Every deprecated or removed API names, with @migration, a step of the migration guide that exists.',
    'Every deprecated or removed cell links to the step that replaces it; a missing or misspelt step is a broken link.',
  ),
];
