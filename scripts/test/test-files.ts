/**
 * Where the test files are, shared by vitest.config.mts and the isolation guard (isolation.ts).
 * Unit test files that replace modules or globals are named `*.isolated.test.*`.
 */
export const testSources = '{src,plugins,scripts,errors,migration,security,templates}';

/** Unit test files that get a fresh module graph each. */
export const isolatedUnitTests = `${testSources}/**/__tests__/**/*.isolated.test.{ts,tsx}`;

/** Every unit and browser test file. */
export const allTests = `${testSources}/**/__tests__/**/*.test.{ts,tsx}`;

/** Browser test files. */
export const e2eTests = `${testSources}/**/__tests__/**/*.e2e.test.ts`;
