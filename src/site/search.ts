/** The Algolia settings the client may see. The admin key is deliberately absent: it is read only by `npm run search:index`. */
export interface AlgoliaClientConfig {
  appId: string;
  apiKey: string;
  indexName: string;
}

/** Algolia DocSearch takes over from local search only when all three public settings are present. */
export function algoliaFromEnv(env: NodeJS.ProcessEnv): AlgoliaClientConfig | undefined {
  const appId = env.ALGOLIA_APP_ID?.trim();
  const apiKey = env.ALGOLIA_SEARCH_API_KEY?.trim();
  const indexName = env.ALGOLIA_INDEX_NAME?.trim();
  if (!appId || !apiKey || !indexName) return undefined;
  return {appId, apiKey, indexName};
}
