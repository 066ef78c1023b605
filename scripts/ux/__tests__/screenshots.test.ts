import {describe, expect, it} from 'vitest';
import {memoryIo} from '../../lib/cli';
import {main} from '../screenshots';

describe('npm run ux:screenshots, before any browser starts', () => {
  it.each([
    [[], 'no phase'],
    [['--before', '--after'], 'both phases'],
  ])('exits 2 on %j (%s), naming what it expected', async (argv) => {
    const {io, stderr} = run(argv);
    await expect(main(io)).resolves.toBe(2);
    expect(stderr().split('\n')[0]).toMatch(/^Unexpected arguments ".*", expected exactly one of --before or --after$/);
  });

  it('exits 2 on an unknown papercut id, listing the known ones', async () => {
    const {io, stderr} = run(['--after', '--id', 'no-such-cut']);
    await expect(main(io)).resolves.toBe(2);
    expect(stderr()).toMatch(/^Unexpected --id "no-such-cut", expected one of: home-card-buttons, /);
  });

  it('prints its usage on --help', async () => {
    const {io, stdout} = run(['--help']);
    await expect(main(io)).resolves.toBe(0);
    expect(stdout()).toContain('Usage: npm run ux:screenshots -- --before|--after');
  });
});

function run(argv: string[]) {
  const m = memoryIo({argv});
  return {io: m.io, stdout: () => m.stdout(), stderr: () => m.stderr()};
}
