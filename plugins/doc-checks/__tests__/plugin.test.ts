import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import docChecksPlugin from '..';
import {validateOptions} from '../options';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);

/** Runs the plugin's hooks the way a production build does. */
async function build(name: string): Promise<void> {
  const options = validateOptions({options: {failOnError: true, today: '2026-11-24'}, validate: (() => undefined) as never});
  const plugin = docChecksPlugin({siteDir: fixture(name)} as LoadContext, options);
  const content = await plugin.loadContent!();
  await plugin.contentLoaded!({content, actions: {setGlobalData() {}, addRoute() {}, createData: async () => ''} as never});
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

  it('rejects unknown options', () => {
    expect(() => validateOptions({options: {rulez: {}} as never, validate: (() => undefined) as never})).toThrow(/rulez|Unrecognized/);
  });
});
