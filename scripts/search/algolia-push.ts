import {algoliasearch} from 'algoliasearch';

/** The client's own options type: custom requester, hosts, timeouts. */
export type ClientOptions = NonNullable<Parameters<typeof algoliasearch>[2]>;
import type {AlgoliaRecord} from './algolia-records';
import {algoliaIndexSettings} from './algolia-records';

export interface PushTarget {
  appId: string;
  /** The admin key: read from ALGOLIA_ADMIN_API_KEY at index time only, never bundled. */
  adminKey: string;
  indexName: string;
}

export interface PushResult {
  records: number;
  batches: number;
}

/**
 * Replaces the index atomically (Algolia's temporary-index swap), so readers never see a half-pushed
 * index, then applies the settings. `clientOptions` takes a custom requester and hosts: tests use that.
 */
export async function pushRecords(target: PushTarget, records: readonly AlgoliaRecord[], clientOptions: ClientOptions = {}): Promise<PushResult> {
  const client = algoliasearch(target.appId, target.adminKey, clientOptions);
  const result = await client.replaceAllObjects({indexName: target.indexName, objects: [...records] as unknown as Record<string, unknown>[], batchSize: 500});
  await client.setSettings({indexName: target.indexName, indexSettings: algoliaIndexSettings});
  return {records: records.length, batches: result.batchResponses.length};
}
