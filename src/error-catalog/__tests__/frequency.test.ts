import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {errorCatalog, findError} from '..';
import {rankErrors, readFrequencySnapshot} from '../frequency';

const snapshot = readFrequencySnapshot(path.resolve(__dirname, '../../../errors/frequency-snapshot.json'));

describe('error-frequency snapshot', () => {
  const {ranked, unknown} = rankErrors(snapshot, errorCatalog);

  it('names only catalog errors', () => {
    expect(unknown).toEqual([]);
  });

  it('ranks the top 20, all documented and active, the PRD\'s "top 20 errors"', () => {
    const top = ranked.slice(0, 20);
    expect(top).toHaveLength(20);
    for (const r of top) expect(findError(r.id)?.retiredIn, r.id).toBeUndefined();
    expect(top[0]!.id).toBe('AX1042');
    expect(top.map((r) => r.rank)).toEqual(Array.from({length: 20}, (_, i) => i + 1));
  });

  it('counts rows emitted under an alias for their entry', () => {
    const s = {...snapshot, rows: [{error_id: 'E_SESSION_EXPIRED', occurrences: 5, distinct_users: 2, first_seen: '2026-11-01', last_seen: '2026-11-02'}, {error_id: 'AX1042', occurrences: 7, distinct_users: 3, first_seen: '2026-11-01', last_seen: '2026-11-02'}, {error_id: 'AX0001', occurrences: 1, distinct_users: 1, first_seen: '2026-11-01', last_seen: '2026-11-02'}]};
    expect(rankErrors(s, errorCatalog)).toEqual({ranked: [{id: 'AX1042', occurrences: 12, distinctUsers: 3, rank: 1}], unknown: ['AX0001']});
  });

  it('names the file and the field of a bad snapshot', () => {
    expect(() => readFrequencySnapshot(path.resolve(__dirname, '__fixtures__/drifted.json'))).toThrow(/drifted\.json:1: Unexpected missing field "export", expected one of: telemetry\.error_frequency\n/);
  });
});
