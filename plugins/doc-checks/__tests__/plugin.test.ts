import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it, vi} from 'vitest';
import docChecksPlugin from '..';
import {validateOptions} from '../options';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);
/** A createData stand-in: the path Docusaurus would return, under the site's generated folder. */
const generatedIn = (name: string) => async (file: string) => path.join(fixture(name), '.docusaurus', file);

/** Runs the plugin's hooks the way a production build does. */
async function build(name: string): Promise<void> {
  const options = validateOptions({options: {failOnError: true, today: '2026-11-24'}, validate: (() => undefined) as never});
  const plugin = docChecksPlugin({siteDir: fixture(name)} as LoadContext, options);
  const content = await plugin.loadContent!();
  await plugin.contentLoaded!({content, actions: {setGlobalData() {}, addRoute() {}, createData: generatedIn(name)} as never});
}

describe('doc-checks build plugin', () => {
  it('lets a valid site build', async () => {
    await expect(build('good')).resolves.toBeUndefined();
  });

  it('fails the build on a missing owner, naming file, line and field', async () => {
    await expect(build('missing-owner')).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: ax docs checks: 1 error(s), 0 warning(s)
        docs/page.md:1:1 error Unexpected missing field "owner", expected one of: cli, quality, runtime, devops, product, docs (frontmatter/owner)
      Run \`npm run check\` for the same findings without a build.]
    `);
  });

  it('fails the build on an unknown owner, listing the valid team ids', async () => {
    await expect(build('unknown-owner')).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: ax docs checks: 1 error(s), 0 warning(s)
        docs/guides/page.md:5:8 error Unexpected "platform-team" for "owner", expected one of: cli, quality, runtime, devops, product, docs (frontmatter/owner)
      Run \`npm run check\` for the same findings without a build.]
    `);
  });

  it('fails the build on a malformed last_reviewed', async () => {
    await expect(build('bad-date')).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: ax docs checks: 1 error(s), 0 warning(s)
        docs/page.md:6:16 error Unexpected "2026-02-30" for "last_reviewed", expected a real calendar date (YYYY-MM-DD) (frontmatter/last-reviewed)
      Run \`npm run check\` for the same findings without a build.]
    `);
  });

  it('publishes the health page route and writes health/report.json after the build', async () => {
    const options = validateOptions({options: {today: '2027-06-01'}, validate: (() => undefined) as never});
    const plugin = docChecksPlugin({siteDir: fixture('good')} as LoadContext, options);
    const content = await plugin.loadContent!();
    const routes: {path: string; modules?: unknown}[] = [];
    const data: Record<string, string> = {};
    let globalData: unknown;
    await plugin.contentLoaded!({
      content,
      actions: {
        setGlobalData: (d: unknown) => (globalData = d),
        addRoute: (r: {path: string}) => routes.push(r),
        createData: async (name: string, text: string) => ((data[name] = text), generatedIn('good')(name)),
      } as never,
    });
    expect(routes).toEqual([{path: '/health', component: '@theme/DocHealthPage', modules: {report: '@site/.docusaurus/health-report.json'}, props: {reportUrl: '/health/report.json'}, exact: true}]);
    expect(globalData).toMatchObject({buildDate: '2027-06-01', teamNames: {docs: 'Docs Team'}});
    expect(JSON.stringify(globalData).length).toBeLessThan(1024);
    expect((JSON.parse(data['rules.json']!) as {id: string}[]).map((r) => r.id)).toContain('links/broken');
    const outDir = mkdtempSync(path.join(tmpdir(), 'ax-health-'));
    await plugin.postBuild!({content, outDir} as never);
    const report = JSON.parse(readFileSync(path.join(outDir, 'health/report.json'), 'utf8')) as {date: string; totals: {stale: number}; teams: {id: string; stale: {file: string}[]}[]};
    expect(report.date).toBe('2027-06-01');
    expect(report.totals.stale).toBe(1);
    expect(report.teams.find((t) => t.id === 'docs')!.stale.map((p) => p.file)).toEqual(['docs/page.md']);
  });

  it('shows errors as warnings outside production builds, naming file:line and rule', async () => {
    const options = validateOptions({options: {failOnError: false, today: '2026-11-24'}, validate: (() => undefined) as never});
    const plugin = docChecksPlugin({siteDir: fixture('missing-owner')} as LoadContext, options);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const content = await plugin.loadContent!();
    await plugin.contentLoaded!({content, actions: {setGlobalData() {}, addRoute() {}, createData: generatedIn('missing-owner')} as never});
    expect(warn.mock.calls[0]![0]).toContain('docs/page.md:1:1 error Unexpected missing field "owner"');
    expect(warn.mock.calls[0]![0]).toContain('(frontmatter/owner)');
    warn.mockRestore();
  });

  it('rejects unknown options', () => {
    expect(() => validateOptions({options: {rulez: {}} as never, validate: (() => undefined) as never})).toThrow(/rulez|Unrecognized/);
  });
});
