import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {drillLogDir, loadDrillLogs} from '../drill-logs';

const valid = {
  runbook: 'good',
  started_at: '2026-11-01T10:00:00.000Z',
  ended_at: '2026-11-01T10:09:00.000Z',
  elapsed_seconds: 540,
  target_seconds: 900,
  met_target: true,
  steps: [{id: 'diagnosis-1', section: 'Diagnosis', text: 'Check the pool', done: true}],
  skipped: [],
};

/** Loads one drill log file with this text, from a fresh site root. */
async function load(text: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'ax-drill-logs-'));
  mkdirSync(path.join(root, drillLogDir), {recursive: true});
  writeFileSync(path.join(root, drillLogDir, 'log.json'), text);
  const [loaded] = await loadDrillLogs(root);
  return (loaded!.problems ?? []).map((p) => `${p.line}:${p.column} ${p.message}`);
}

describe('loadDrillLogs', () => {
  it('reports each fault of a log at its line, naming field, value received and value expected', async () => {
    const cases: Record<string, string> = {
      'a valid log': JSON.stringify(valid, null, 2),
      'several faults': JSON.stringify({...valid, runbook: 'Good Runbook', met_target: 'yes', steps: [{...valid.steps[0], done: 1}], extra: true, skipped: undefined}, null, 2),
      'invalid JSON': '{"runbook": ',
      'a list instead of a log': '[]',
    };
    const table: Record<string, string[]> = {};
    for (const [name, text] of Object.entries(cases)) table[name] = await load(text);
    expect(table).toMatchInlineSnapshot(`
      {
        "a list instead of a log": [
          "1:1 Unexpected list [] at the top level, expected a mapping",
        ],
        "a valid log": [],
        "invalid JSON": [
          "1:1 Unexpected invalid JSON (Unexpected end of JSON input), expected a drill log downloaded from a runbook's drill mode",
        ],
        "several faults": [
          "2:14 Unexpected "Good Runbook" for "runbook", expected a string matching /^[a-z0-9-]+$/",
          "7:17 Unexpected "yes" for "met_target", expected true or false",
          "13:15 Unexpected number 1 for "steps.0.done", expected true or false",
          "1:1 Unexpected missing field "skipped", expected a list",
          "16:12 Unexpected field "extra" in a drill log, expected one of: runbook, started_at, ended_at, elapsed_seconds, target_seconds, met_target, steps, skipped, participants",
        ],
      }
    `);
  });
});
