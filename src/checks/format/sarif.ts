import type {Finding} from '../finding';
import {ruleDocsUrl} from '../finding';
import type {RuleMeta} from '../rule';
import {routes} from '../../routes/table';

/** SARIF 2.1.0, as code-scanning upload expects: one run, every rule described, paths relative to the repo. */
export function formatSarif(findings: readonly Finding[], rules: readonly RuleMeta[], siteUrl: string, version: string): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const help = (path: string) => new URL(path, siteUrl).toString();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ax-docs-check',
            version,
            informationUri: help(routes.doc('contributing/checks')),
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: {text: r.description},
              fullDescription: {text: r.rationale},
              helpUri: help(ruleDocsUrl(r.id)),
              defaultConfiguration: {level: r.defaultSeverity === 'warn' ? 'warning' : 'error'},
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? {ruleIndex: index.get(f.ruleId)} : {}),
          level: f.severity === 'warn' ? 'warning' : 'error',
          message: {text: f.message},
          locations: [
            {
              physicalLocation: {
                artifactLocation: {uri: encodeURI(f.file)},
                region: {startLine: f.line, startColumn: f.column},
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
