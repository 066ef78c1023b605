import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {judgedAt, readSnapshots} from '../content';
import {validateOptions} from '../options';

const snapshots = path.resolve(__dirname, '../../../security/snapshots');

describe('the security plugin', () => {
  it('judges staleness at SOURCE_DATE_EPOCH when set, so two builds of one commit agree', () => {
    expect(judgedAt(undefined, {SOURCE_DATE_EPOCH: '1796126400'})).toBe('2026-12-01T12:00:00Z');
    expect(judgedAt('2026-11-01T00:00:00Z', {SOURCE_DATE_EPOCH: '1796126400'})).toBe('2026-11-01T00:00:00Z');
  });

  it('reads the committed snapshots', () => {
    expect(readSnapshots(snapshots).map((s) => `${s.component}/${s.ecosystem}`)).toEqual(['cli/npm', 'marketplace/docker', 'runtime/crates', 'runtime/runtime']);
  });

  it('stops on a snapshot without its provenance, naming file and field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ax-snap-'));
    try {
      const bad = JSON.parse(readFileSync(path.join(snapshots, 'cli-npm.json'), 'utf8')) as Record<string, unknown>;
      delete bad.tool;
      writeFileSync(path.join(dir, 'bad.json'), JSON.stringify(bad));
      let message = '';
      try {
        readSnapshots(dir);
      } catch (error) {
        message = (error as Error).message.replace(dir, '<dir>');
      }
      expect(message).toMatchInlineSnapshot(`"<dir>/bad.json: Unexpected missing field "tool", expected a mapping"`);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('rejects unknown options', () => {
    expect(() => validateOptions({options: {snapshot: 'x'}, validate: () => ({}) as never} as never)).toThrowErrorMatchingInlineSnapshot(`[Error: security plugin options in docusaurus.config.ts: Unexpected field "snapshot" in the options, expected a known field (did you mean "snapshots"?)]`);
  });
});
