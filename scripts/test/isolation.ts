import {readFileSync} from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import {allTests} from './test-files';

/**
 * The vi APIs that replace a module or a global for the rest of the file. In the shared module
 * graph of the `unit` project (vitest.config.mts) such a change would reach the files after it,
 * so a file that calls one must be an `*.isolated.test.*` file.
 */
const isolatingApis = ['mock', 'doMock', 'unmock', 'stubGlobal', 'stubEnv', 'resetModules', 'useFakeTimers'] as const;

const isolatingCall = new RegExp(`\\bvi\\.(${isolatingApis.join('|')})\\(`);

/** The first isolating vi call in a test file's source, e.g. "vi.mock"; undefined when there is none. */
export function isolatingCallIn(source: string): string | undefined {
  const match = isolatingCall.exec(source);
  return match ? `vi.${match[1]}` : undefined;
}

/** Unit test files of `cwd` that call an isolating vi API but share the module graph, each with the call it makes. */
export function sharedFilesThatIsolate(cwd: string, ignore: readonly string[] = []): {file: string; call: string}[] {
  const files = globSync(allTests, {
    cwd,
    ignore: ['**/node_modules/**', '**/__fixtures__/**', '**/*.e2e.test.ts', '**/*.isolated.test.*', ...ignore],
  });
  return files
    .sort()
    .map((file) => ({file, call: isolatingCallIn(readFileSync(path.join(cwd, file), 'utf8'))}))
    .filter((f): f is {file: string; call: string} => f.call !== undefined);
}
