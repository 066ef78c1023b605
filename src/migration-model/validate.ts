import {parseDeprecation, tagVersion, type ApiDeclaration} from './declarations';
import {compareVersions} from '../model/versions';
import type {RuntimeRelease} from './release';

/** The rules the migration sources are held to; each is a rule of the checks engine (`src/checks/rules/migration.ts`). */
export const migrationRuleIds = ['migration/releases', 'migration/since', 'migration/version', 'migration/replacement', 'migration/order', 'migration/removal-date', 'migration/step'] as const;
export type MigrationRuleId = (typeof migrationRuleIds)[number];

/** A broken rule in the migration sources, at a file and line of the checked root. */
export interface MigrationProblem {
  /** Path relative to the checked root, with forward slashes. */
  file: string;
  line: number;
  ruleId: MigrationRuleId;
  /** "Unexpected X, expected Y". */
  message: string;
}

/** What the declarations are judged against. */
export interface ValidationContext {
  releases: RuntimeRelease[];
  /** Anchor ids of the steps in the migration guide. */
  steps: string[];
  /** The guide's path, for messages. */
  guideFile: string;
}

/** Checks the compatibility tags of every declaration; each finding names the declaration file and line. */
export function validateDeclarations(decls: ApiDeclaration[], ctx: ValidationContext): MigrationProblem[] {
  const findings: MigrationProblem[] = [];
  const known = ctx.releases.map((r) => r.version);
  const releaseDate = (v: string) => ctx.releases.find((r) => r.version === v)?.released;
  for (const d of decls) {
    const report = (ruleId: MigrationRuleId, line: number, message: string) => findings.push({file: d.file, line, ruleId, message});
    if (!d.ownTags && d.kind !== 'function' && d.kind !== 'interface') continue;
    if (!d.since) {
      report('migration/since', d.line, `Unexpected \`${d.id}\` without @since, expected \`@since <runtime version>\` (one of ${known.join(', ')})`);
      continue;
    }
    for (const [name, tag] of [['since', d.since], ['deprecated', d.deprecated], ['removed', d.removed]] as const) {
      if (!tag) continue;
      const v = tagVersion(tag);
      if (!known.includes(v)) {
        report('migration/version', tag.line, `Unexpected runtime version "${v || tag.text}" in @${name} of \`${d.id}\`, expected one of ${known.join(', ')}`);
      }
    }
    const since = tagVersion(d.since);
    const deprecated = d.deprecated ? parseDeprecation(d.deprecated.text) : undefined;
    const removed = tagVersion(d.removed);
    if (d.deprecated && deprecated && !deprecated.replacement) {
      report('migration/replacement', d.deprecated.line, `Unexpected @deprecated without a replacement on \`${d.id}\`, expected \`@deprecated <version> Use {@link <replacement>} instead.\``);
    }
    if (deprecated?.version && compareVersions(deprecated.version, since) < 0) {
      report('migration/order', d.deprecated!.line, `Unexpected @deprecated ${deprecated.version} before @since ${since} on \`${d.id}\`, expected a version at or after ${since}`);
    }
    if (d.removed && !d.deprecated) {
      report('migration/order', d.removed.line, `Unexpected @removed ${removed} on \`${d.id}\` with no @deprecated, expected an API to be deprecated before it is removed`);
    }
    if (d.removed && deprecated?.version && compareVersions(removed, deprecated.version) <= 0) {
      report('migration/order', d.removed.line, `Unexpected @removed ${removed} at or before @deprecated ${deprecated.version} on \`${d.id}\`, expected a version after ${deprecated.version}`);
    } else if (d.removed && deprecated?.version) {
      const from = releaseDate(deprecated.version);
      const to = releaseDate(removed);
      if (from && to && to <= from) {
        report('migration/removal-date', d.removed.line, `Unexpected removal date ${to} (runtime ${removed}) on or before the deprecation date ${from} (runtime ${deprecated.version}) of \`${d.id}\`, expected the removal after the deprecation`);
      }
    }
    if (d.deprecated || d.removed) {
      const step = d.migration?.text.split(/\s/)[0] ?? '';
      if (!d.migration || !step) {
        report('migration/step', (d.deprecated ?? d.removed)!.line, `Unexpected deprecated or removed cells of \`${d.id}\` with no migration step, expected \`@migration <step>\` naming one of ${ctx.steps.map((s) => `#${s}`).join(', ')} in ${ctx.guideFile}`);
      } else if (!ctx.steps.includes(step)) {
        report('migration/step', d.migration.line, `Unexpected migration step "${step}" on \`${d.id}\`, expected one of ${ctx.steps.map((s) => `#${s}`).join(', ')} in ${ctx.guideFile}`);
      }
    }
  }
  return findings;
}
