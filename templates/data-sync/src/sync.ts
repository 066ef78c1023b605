import type {PluginContext} from '@ax/plugin-runtime';

/** One page of the source system's change feed. */
export interface ChangePage {
  records: {id: string; updatedAt: string}[];
  /** Cursor of the next page; absent on the last one. */
  next?: string;
}

/** Failed runs so far, and the time before which the next run waits. */
interface RetryState {
  attempt: number;
  notBefore: number;
}

const cursorKey = 'sync:cursor';
const retryKey = 'sync:retry';

/** Waits 30 s, 1 min, 2 min… after each failed run, at most an hour, so a struggling source gets room to recover. */
export const backoffMs = (attempt: number) => Math.min(30_000 * 2 ** attempt, 3_600_000);

async function fetchPage(ctx: PluginContext, source: string, cursor: string | undefined): Promise<ChangePage> {
  const url = cursor ? `${source}?cursor=${encodeURIComponent(cursor)}` : source;
  const response = await ctx.http.request(url, {timeoutMs: 8_000});
  if (response.status !== 200) throw new Error(`Change feed answered HTTP ${response.status}`);
  return response.json<ChangePage>();
}

/**
 * Copies every change since the stored cursor, page by page, saving the cursor after each page,
 * so a failed run resumes where it stopped. Returns the number of records copied, or
 * undefined when the run waits for its backoff.
 */
export async function syncOnce(ctx: PluginContext, source: string, now = Date.now()): Promise<number | undefined> {
  const retry = await ctx.store.get<RetryState>(retryKey);
  if (retry && now < retry.notBefore) return undefined;
  let cursor = await ctx.store.get<string>(cursorKey);
  let copied = 0;
  try {
    do {
      const page = await fetchPage(ctx, source, cursor);
      for (const record of page.records) await ctx.store.set(`record:${record.id}`, record);
      copied += page.records.length;
      cursor = page.next;
      if (cursor) await ctx.store.set(cursorKey, cursor);
    } while (cursor);
  } catch (error) {
    const attempt = (retry?.attempt ?? 0) + 1;
    await ctx.store.set(retryKey, {attempt, notBefore: now + backoffMs(attempt - 1)});
    ctx.logger.warn('Sync failed, retrying later', {attempt, copied, error: String(error)});
    return copied;
  }
  await ctx.store.delete(retryKey);
  ctx.logger.info('Sync finished', {copied, stored: (await ctx.store.list('record:')).length});
  return copied;
}
