import {describe, expect, it} from 'vitest';
import {memoryIo} from '../../lib/cli';
import {main} from '../ui';
import {parseUiBenchArgs} from '../ui-options';

describe('parseUiBenchArgs', () => {
  it('defaults to two runs of 30 warm samples, 20 cold searches and every flow', () => {
    expect(parseUiBenchArgs([])).toMatchObject({runs: 2, samples: 30, coldSamples: 20, warmup: 3, buildDir: 'build', flows: expect.arrayContaining(['search-cold', 'analytics-plugin'])});
  });

  it.each([
    {argv: ['--runs', '3', '--samples=40', '--only', 'matrix-runtime,kb-filter'], options: {runs: 3, samples: 40, flows: ['matrix-runtime', 'kb-filter']}},
    {argv: ['--cold-samples', '5', '--warmup', '0', '--build-dir', 'other'], options: {coldSamples: 5, warmup: 0, buildDir: 'other'}},
    {argv: ['--only', ' error-id '], options: {flows: ['error-id']}},
  ])('reads $argv', ({argv, options}) => {
    expect(parseUiBenchArgs(argv)).toMatchObject(options);
  });

  it.each([
    {argv: ['--runs', '0']},
    {argv: ['--samples', 'many']},
    {argv: ['--warmup=-1']},
    {argv: ['--warmup', '-1']},
    {argv: ['--cold-samples', '2.5']},
    {argv: ['--only', 'search-cold,scroll']},
    {argv: ['--run', '3']},
    {argv: ['-r', '3']},
    {argv: ['--runs']},
    {argv: ['search-cold']},
  ])('refuses $argv', ({argv}) => {
    expect(typeof parseUiBenchArgs(argv)).toBe('string');
  });

  it('says what it received and what it expected', () => {
    const refusals = [['--runs', '0'], ['--samples', 'many'], ['--only', 'search-cold,scroll'], ['--run', '3'], ['--runs'], ['search-cold']].map(parseUiBenchArgs);
    expect(refusals).toMatchInlineSnapshot(`
      [
        "Unexpected --runs value "0", expected a whole number of at least 1",
        "Unexpected --samples value "many", expected a whole number of at least 1",
        "Unexpected flow "scroll" in --only, expected some of search-cold, search-warm, error-id, matrix-runtime, kb-filter, lab-checkpoint, analytics-plugin",
        "Unexpected option "--run", expected one of --runs, --samples, --cold-samples, --warmup, --build-dir, --only",
        "Unexpected --runs without a value, expected --runs <value>",
        "Unexpected argument "search-cold", expected options only: --runs, --samples, --cold-samples, --warmup, --build-dir, --only",
      ]
    `);
  });
});

describe('npm run bench:ui, before any browser starts', () => {
  it('prints its usage on --help and exits 0', async () => {
    const {io, stdout, stderr} = memoryIo({argv: ['--help']});
    await expect(main(io)).resolves.toBe(0);
    expect(stderr()).toBe('');
    expect(stdout()).toMatchInlineSnapshot(`
      "usage: npm run bench:ui [-- --runs N] [--samples N] [--cold-samples N] [--warmup N] [--build-dir DIR] [--only flow,flow] [--help]
      flows: search-cold, search-warm, error-id, matrix-runtime, kb-filter, lab-checkpoint, analytics-plugin
      "
    `);
  });

  it('exits 2 on a bad option with the reason, then the usage', async () => {
    const {io, stdout, stderr} = memoryIo({argv: ['--samples', '0']});
    await expect(main(io)).resolves.toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toMatchInlineSnapshot(`
      "Unexpected --samples value "0", expected a whole number of at least 1
      usage: npm run bench:ui [-- --runs N] [--samples N] [--cold-samples N] [--warmup N] [--build-dir DIR] [--only flow,flow] [--help]
      flows: search-cold, search-warm, error-id, matrix-runtime, kb-filter, lab-checkpoint, analytics-plugin
      "
    `);
  });

  it('exits 2 when the site is not built, naming the file it looked for', async () => {
    const {io, stderr} = memoryIo({argv: ['--build-dir', 'no-such-build'], cwd: '/nowhere'});
    await expect(main(io)).resolves.toBe(2);
    expect(stderr()).toMatchInlineSnapshot(`
      "bench:ui: Unexpected missing /nowhere/no-such-build/index.html, expected a built site: run \`npx docusaurus build\` first
      "
    `);
  });
});
