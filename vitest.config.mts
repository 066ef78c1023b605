import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const sources = '{src,plugins,scripts,errors,migration,security,templates}';

export default defineConfig({
  test: {
    projects: [
      {
        // The site's tsconfig keeps JSX for Docusaurus to compile; component tests compile it here.
        oxc: {jsx: {runtime: 'automatic'}},
        // Theme components import the site's modules as Docusaurus does, through `@site/`.
        resolve: {alias: {'@site': fileURLToPath(new URL('.', import.meta.url))}},
        test: {
          name: 'unit',
          include: [`${sources}/**/__tests__/**/*.test.{ts,tsx}`],
          exclude: ['**/*.e2e.test.ts', '**/node_modules/**', '**/__fixtures__/**'],
          environment: 'node',
          // Several unit tests run real compilers (TypeScript, typedoc, DuckDB): on a 2-core machine
          // under load they take longer than vitest's 5 s default, which is a hang guard, not a
          // speed test. Benchmarks (npm run bench…) measure speed.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: [`${sources}/**/__tests__/**/*.e2e.test.ts`],
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
