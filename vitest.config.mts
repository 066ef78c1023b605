import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';
import {allTests, e2eTests, isolatedUnitTests} from './scripts/test/test-files';

/*
 * Unit test files that replace modules or globals (vi.mock, vi.stubGlobal, fake timers…) are named
 * `*.isolated.test.*` and get a fresh module graph each; scripts/test/__tests__/isolation.test.ts
 * holds every file to that. The rest share one module graph per worker, which cut the unit step
 * from 2 min 23 s to 47 s on the 2-core CI machine: most of its time was importing the same
 * modules again for each of 122 files.
 */

/** What both unit projects share. */
const unitTest = {
  environment: 'node',
  // Several unit tests run real compilers (TypeScript, typedoc, DuckDB): on a 2-core machine
  // under load they take longer than vitest's 5 s default, which is a hang guard, not a
  // speed test. Benchmarks (npm run bench…) measure speed.
  testTimeout: 60_000,
  hookTimeout: 60_000,
} as const;

/** The site's tsconfig keeps JSX for Docusaurus to compile; component tests compile it here. */
const oxc = {jsx: {runtime: 'automatic'}} as const;

/** Theme components import the site's modules as Docusaurus does, through `@site/`. */
const resolve = {alias: {'@site': fileURLToPath(new URL('.', import.meta.url))}};

export default defineConfig({
  test: {
    projects: [
      {
        oxc,
        resolve,
        test: {
          ...unitTest,
          name: 'unit',
          include: [allTests],
          exclude: ['**/*.e2e.test.ts', isolatedUnitTests, '**/node_modules/**', '**/__fixtures__/**'],
          isolate: false,
        },
      },
      {
        oxc,
        resolve,
        test: {...unitTest, name: 'unit-isolated', include: [isolatedUnitTests], exclude: ['**/node_modules/**', '**/__fixtures__/**']},
      },
      {
        test: {
          name: 'e2e',
          include: [e2eTests],
          exclude: ['**/node_modules/**', '**/__fixtures__/**'],
          globalSetup: ['./scripts/test/e2e-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
