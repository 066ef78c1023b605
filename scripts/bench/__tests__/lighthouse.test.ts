import {describe, expect, it} from 'vitest';
import {main, pageKinds} from '../lighthouse';

const io = (argv: string[]) => {
  const out = {stdout: '', stderr: ''};
  return {
    out,
    args: {argv, cwd: '/nonexistent', env: {}, stdout: {write: (t: string) => (out.stdout += t)}, stderr: {write: (t: string) => (out.stderr += t)}},
  };
};

describe('bench:lighthouse main', () => {
  it.each([['--runs', '0'], ['--runs', 'three'], ['--fast'], ['--kinds', 'runbook,blog']])('exits 2 on bad arguments %s %s before building anything', async (...argv) => {
    const {out, args} = io(argv.filter(Boolean));
    expect(await main(args)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^bench:lighthouse: .+\nusage: npm run bench:lighthouse/);
  });

  it('says what it expected of --runs', async () => {
    const {out, args} = io(['--runs', '0']);
    await main(args);
    expect(out.stderr).toMatchInlineSnapshot(`
      "bench:lighthouse: Unexpected --runs value "0", expected a whole number of at least 1
      usage: npm run bench:lighthouse [-- --runs N] [--no-build | --site DIR] [--kinds KIND,…] [--reports DIR]
      "
    `);
  });

  it('names the page kinds --kinds accepts', async () => {
    const {out, args} = io(['--kinds', 'runbook,blog']);
    await main(args);
    expect(out.stderr.split('\n')[0]).toMatchInlineSnapshot(
      `"bench:lighthouse: Unexpected --kinds value "blog", expected some of home, doc-page, error-page, runbook, compatibility-matrix, separated by commas"`,
    );
  });

  it('measures the five page kinds of issue 13, with the plain home and doc page as peers', () => {
    expect(pageKinds.map((k) => `${k.kind}: ${k.ours} vs ${k.plain}`)).toMatchInlineSnapshot(`
      [
        "home: / vs /",
        "doc page: /docs/start-here vs /docs/start-here",
        "error page: /errors/AX1042 vs /docs/start-here",
        "runbook: /runbooks/incident-triage vs /docs/start-here",
        "compatibility matrix: /migration/compatibility vs /docs/start-here",
      ]
    `);
  });
});
