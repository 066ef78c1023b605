import {readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {guideSamples, guideSteps} from '../../../src/migration-model/guide';
import {typecheckSamples} from '../samples';

const guideFile = 'migration/v1-to-v2.mdx';
const samples = guideSamples(guideFile, readFileSync(guideFile, 'utf8'));
// One compile per API version for all samples; each test then reads its own diagnostics.
const diagnostics = typecheckSamples(samples, 'migration/api');

describe(`TypeScript samples in ${guideFile}`, () => {
  it('has before and after samples for both API versions', () => {
    expect(samples.filter((s) => s.api === 'v1').length).toBeGreaterThanOrEqual(6);
    expect(samples.filter((s) => s.api === 'v2').length).toBeGreaterThanOrEqual(6);
  });

  it.each(samples.map((s) => [`${s.file}:${s.line} (${s.api})`, s] as const))('%s compiles against its API version', (_where, sample) => {
    const mine = diagnostics.filter((d) => d.sample === sample).map((d) => `${d.location} ${d.message}`);
    expect(mine).toEqual([]);
  });
});

describe('typecheckSamples', () => {
  it('fails a sample that no longer compiles, naming the guide file and line', () => {
    const file = 'plugins/migration/__tests__/__fixtures__/stale-guide/guide.mdx';
    const stale = guideSamples(file, readFileSync(file, 'utf8'));
    expect(stale.map((s) => `${s.line}:${s.api}`)).toEqual(['7:v2', '15:v1']);
    expect(typecheckSamples(stale, 'migration/api').map((d) => `${d.location} ${d.message}`)).toMatchInlineSnapshot(`
      [
        "plugins/migration/__tests__/__fixtures__/stale-guide/guide.mdx:11 TS2339: Property 'on' does not exist on type 'PluginContext'.",
      ]
    `);
  });

  it('reads step anchors outside code fences only', () => {
    expect(guideSteps('## A {#a}\n\n```md\n## B {#b}\n```\n### C {#c}\n')).toEqual(['a', 'c']);
  });
});

describe('the API declarations', () => {
  it('type-check on their own', () => {
    const config = ts.getParsedCommandLineOfConfigFile(path.resolve('migration/api/tsconfig.json'), {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined})!;
    const program = ts.createProgram(config.fileNames, config.options);
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(messages).toEqual([]);
  });
});
