import {readFileSync} from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {describe, expect, it} from 'vitest';
import {fixture, gitSite} from '../../src/checks/__tests__/helpers';
import {main} from '../check';
import {memoryIo} from '../lib/cli';

async function run(argv: string[]): Promise<{code: number; out: string}> {
  const {io, stdoutLines} = memoryIo({argv});
  const code = await main(io);
  return {code, out: stdoutLines().join('\n')};
}

const faulty = gitSite('faulty', {changes: [{file: 'src/widget.ts', date: '2026-11-20'}]});
const good = gitSite('site');

// The faulty site is checked once per format while the file loads, not in each test: a check
// compiles its templates with TypeScript (the first also parses TypeScript's lib files), seconds
// of CPU that overran a test's 5 s budget on a loaded machine. Tests judge the outputs.
const faultyRun = (format: string) => run(['--format', format, '--today', '2026-11-24', '--root', faulty]);
const faultyJson = await faultyRun('json');
const faultySarif = await faultyRun('sarif');
const faultyJunit = await faultyRun('junit');
const faultyByOwner = await run(['--by-owner', '--today', '2026-11-24', '--root', faulty]);
const validateSarif = sarifValidator();

/** The vendored SARIF 2.1.0 schema is draft-04; ajv 8 reads it once `id` is spelled `$id`. */
function sarifValidator() {
  const {$schema: _draft, id, ...rest} = JSON.parse(readFileSync(fixture('sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false});
  addFormats(ajv);
  return ajv.compile({...rest, $id: id as string});
}

describe('npm run check', () => {
  it('reports every planted fault as JSON with file and line, and exits 1', () => {
    const {code, out} = faultyJson;
    expect(code).toBe(1);
    const report = JSON.parse(out) as {findings: {file: string; line: number; column: number; ruleId: string; severity: string}[]; summary: unknown};
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`)).toMatchInlineSnapshot(`
      [
        "docs/guides/alpha.md:7:1 error freshness/drift",
        "docs/guides/delta.md:6:16 error frontmatter/last-reviewed",
        "docs/guides/epsilon.md:6:16 error freshness/stale",
        "docs/guides/gamma.md:5:8 error frontmatter/owner",
        "docs/guides/gamma.md:7:8 error frontmatter/schema",
        "docs/guides/gamma.md:8:7 error routes/duplicate",
        "docs/guides/gamma.md:11:18 error links/broken",
        "docs/guides/gamma.md:11:51 error links/broken",
        "docs/guides/gamma.md:12:20 error links/anchor",
        "docs/guides/gamma.md:12:77 error links/anchor",
        "docs/guides/gamma.md:13:47 error links/broken",
        "docs/guides/zeta.md:6:16 warn freshness/due-soon",
        "docs/guides/zeta.md:14:1 error cli/ax-commands",
        "docs/labs/broken.mdx:9:3 error labs/prerequisites",
        "docs/labs/broken.mdx:10:3 error labs/prerequisites",
        "docs/labs/broken.mdx:13:1 error labs/duration",
        "docs/labs/broken.mdx:13:1 error labs/duration",
        "docs/labs/broken.mdx:14:5 error labs/samples",
        "docs/labs/broken.mdx:20:17 error labs/commands",
        "docs/labs/broken.mdx:22:5 error labs/samples",
        "docs/labs/broken.mdx:28:16 error labs/commands",
        "docs/labs/broken.mdx:31:5 error labs/samples",
        "docs/labs/broken.mdx:31:5 error labs/steps",
        "docs/labs/broken.mdx:50:1 error labs/steps",
        "docs/labs/loop.mdx:9:3 error labs/prerequisites",
        "errors/catalog/auth.ts:17:13 error catalog/aliases",
        "errors/catalog/auth.ts:19:13 error catalog/ids",
        "errors/catalog/auth.ts:21:13 error catalog/entries",
        "errors/catalog/auth.ts:23:13 error catalog/retired",
        "errors/catalog/auth.ts:25:13 error catalog/related",
        "errors/catalog/auth.ts:27:13 error catalog/commands",
        "handoff/signoffs/operations.json:1:1 error binder/signoff",
        "migration/api/v1/index.d.ts:6:1 error migration/replacement",
        "published-urls.txt:4:1 error permalinks/missing",
        "recordings/bad-command.ts:7:1 error recordings/record",
        "recordings/bad-command.ts:9:1 error recordings/chapters",
        "recordings/bad-command.ts:12:1 error recordings/chapters",
        "recordings/bad-command.ts:15:1 error recordings/record",
        "recordings/bad-command.vtt:7:1 error recordings/commands",
        "recordings/broken-cue.vtt:6:1 error recordings/captions",
        "recordings/no-captions.ts:1:1 error recordings/captions",
        "recordings/person.ts:8:1 error recordings/record",
        "recordings/person.ts:8:1 error recordings/record",
        "redirects.yml:3:3 error redirects/chain",
        "redirects.yml:7:3 error redirects/loop",
        "redirects.yml:9:3 error redirects/loop",
        "redirects.yml:11:3 error redirects/target",
        "runbooks/_drills/broken.json:5:22 error runbook/drill-log",
        "runbooks/broken.md:4:7 warn runbook/drill-overdue",
        "runbooks/broken.md:10:5 error runbook/triggers",
        "runbooks/broken.md:29:1 error runbook/commands",
        "runbooks/broken.md:30:1 error cli/ax-commands",
        "runbooks/broken.md:41:1 error runbook/sections",
        "templates/broken/ax-plugin.json:6:1 error templates/manifest",
        "templates/broken/src/index.ts:6:5 error templates/lint",
        "templates/broken/src/index.ts:6:5 error templates/types",
        "templates/broken/src/index.ts:6:27 error templates/api-deprecated",
        "templates/broken/src/index.ts:6:27 error templates/api-removed",
        "templates/broken/src/index.ts:7:11 error templates/types",
        "templates/broken/src/index.ts:7:30 error templates/api-unavailable",
        "templates/registry.ts:18:1 error templates/registry",
        "templates/registry.ts:18:1 error templates/registry",
      ]
    `);
    expect(report.summary).toMatchInlineSnapshot(`
      {
        "byRule": {
          "binder/signoff": 1,
          "catalog/aliases": 1,
          "catalog/commands": 1,
          "catalog/entries": 1,
          "catalog/ids": 1,
          "catalog/related": 1,
          "catalog/retired": 1,
          "cli/ax-commands": 2,
          "freshness/drift": 1,
          "freshness/due-soon": 1,
          "freshness/stale": 1,
          "frontmatter/last-reviewed": 1,
          "frontmatter/owner": 1,
          "frontmatter/schema": 1,
          "labs/commands": 2,
          "labs/duration": 2,
          "labs/prerequisites": 3,
          "labs/samples": 3,
          "labs/steps": 2,
          "links/anchor": 2,
          "links/broken": 3,
          "migration/replacement": 1,
          "permalinks/missing": 1,
          "recordings/captions": 2,
          "recordings/chapters": 2,
          "recordings/commands": 1,
          "recordings/record": 4,
          "redirects/chain": 1,
          "redirects/loop": 2,
          "redirects/target": 1,
          "routes/duplicate": 1,
          "runbook/commands": 1,
          "runbook/drill-log": 1,
          "runbook/drill-overdue": 1,
          "runbook/sections": 1,
          "runbook/triggers": 1,
          "templates/api-deprecated": 1,
          "templates/api-removed": 1,
          "templates/api-unavailable": 1,
          "templates/lint": 1,
          "templates/manifest": 1,
          "templates/registry": 2,
          "templates/types": 2,
        },
        "errors": 60,
        "pages": 12,
        "warnings": 2,
      }
    `);
  });

  it('exits 0 on a clean site', async () => {
    await expect(run(['--today', '2026-11-24', '--root', good])).resolves.toEqual({code: 0, out: '4 pages checked: 0 error(s), 0 warning(s)'});
  });

  it('exits 0 with warnings only', async () => {
    const {code, out} = await run(['--today', '2027-02-05', '--root', good]);
    expect(out).toContain('warn');
    expect(code).toBe(0);
  });

  it('exits 2 when it cannot run', async () => {
    expect((await run(['--format', 'xml'])).code).toBe(2);
    expect((await run(['--today', 'yesterday'])).code).toBe(2);
    expect((await run(['--root', '/no/such/dir'])).code).toBe(2);
    expect((await run(['--bogus'])).code).toBe(2);
  });

  it('says on stderr why it could not run, and nothing on stdout', async () => {
    const {io, stdout, stderrLines} = memoryIo({argv: ['--format', 'xml']});
    expect(await main(io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderrLines()[0]).toMatchInlineSnapshot(`"check: could not run: Unexpected --format "xml", expected one of: pretty, json, sarif, junit"`);
  });

  it('writes SARIF that validates against the SARIF 2.1.0 schema', () => {
    const {out} = faultySarif;
    const log = JSON.parse(out) as {version: string; runs: {results: unknown[]}[]};
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results).toHaveLength(62);
    // The planted bad @deprecated tag, with the declaration file and line.
    const deprecated = (log.runs[0]!.results as {ruleId: string; locations: {physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}[]}[]).find((r) => r.ruleId === 'migration/replacement');
    expect(deprecated?.locations[0]?.physicalLocation).toMatchObject({artifactLocation: {uri: 'migration/api/v1/index.d.ts'}, region: {startLine: 6}});
    // And the schema does reject a broken log, so the check above can fail.
    expect(validateSarif({...log, version: '2.0.0'})).toBe(false);
  });

  it('carries a planted catalog fault into SARIF with its file, line and rule', () => {
    const {out} = faultySarif;
    type Result = {ruleId: string; message: {text: string}; locations: {physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}[]};
    const log = JSON.parse(out) as {runs: {results: Result[]; tool: {driver: {rules: {id: string}[]}}}[]};
    const alias = log.runs[0]!.results.find((r) => r.ruleId === 'catalog/aliases')!;
    const at = alias.locations[0]!.physicalLocation;
    expect(`${at.artifactLocation.uri}:${at.region.startLine} ${alias.message.text}`).toMatchInlineSnapshot(`"errors/catalog/auth.ts:17 AX1043: Unexpected duplicate alias E_SESSION_EXPIRED, expected each alias once (also on AX1042)"`);
    expect(log.runs[0]!.tool.driver.rules.map((r) => r.id).filter((id) => id.startsWith('catalog/'))).toMatchInlineSnapshot(`
      [
        "catalog/ids",
        "catalog/aliases",
        "catalog/entries",
        "catalog/retired",
        "catalog/related",
        "catalog/commands",
      ]
    `);
  });

  it('writes JUnit XML with one failing case per file with errors', () => {
    const {out} = faultyJunit;
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="ax docs checks" tests="\d+" failures="22">/);
    expect(out).toContain('<testcase classname="ax-docs-check" name="docs/guides/beta.mdx"/>');
    expect(out).toContain('<failure message="1 error(s)" type="frontmatter/last-reviewed">docs/guides/delta.md:6:16');
    expect(out).toContain('<failure message="6 error(s)" type="catalog/aliases">errors/catalog/auth.ts:17:13 AX1043: Unexpected duplicate alias');
  });

  it('prints a Markdown digest per owner team', () => {
    const {out} = faultyByOwner;
    expect(out).toContain('## CLI/TypeScript Squad (`cli`)');
    expect(out).toContain('| `docs/guides/epsilon.md` | guide | 2026-03-01 | 88 day(s), due 2026-08-28 |');
    expect(out).toContain('### Due soon');
    expect(out).toContain('`docs/guides/alpha.md:7` error: Unexpected change to covered "src/widget.ts"');
    expect(out).toContain('## Site files and pages without a valid owner');
    expect(out).toContain('`redirects.yml:7` error: Unexpected redirect loop');
    expect(out).toContain('`docs/guides/gamma.md:5` error: Unexpected "platform" for "owner"');
  });
});
