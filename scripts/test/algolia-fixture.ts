/**
 * Settings for the test build in Algolia mode. The admin key is a sentinel: the bundle scan fails if
 * it appears anywhere in the output, which is how we know the admin key never reaches the client.
 */
export const algoliaTestEnv = {
  ALGOLIA_APP_ID: 'AXDOCSTEST',
  ALGOLIA_SEARCH_API_KEY: 'search-only-key-0b7e51',
  ALGOLIA_INDEX_NAME: 'ax_docs_test',
  ALGOLIA_ADMIN_API_KEY: 'admin-key-sentinel-9d41c2f7',
} as const;

/** Where `npm test` writes the Algolia-mode build. */
export const algoliaBuildDir = 'node_modules/.cache/ax-test/build-algolia';
