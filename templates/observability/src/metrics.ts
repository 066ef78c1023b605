import type {PluginContext} from '@ax/plugin-runtime';

/** One counter increment, tagged with the request it happened in. */
export interface MetricPoint {
  name: string;
  value: number;
  correlationId?: string;
}

/** Collects points and sends them in batches, so a burst of events is one request, not hundreds. */
export class MetricBatch {
  private points: MetricPoint[] = [];

  constructor(private readonly maxSize = 50) {}

  /** Adds a point; true when the batch is full and should be flushed. */
  add(point: MetricPoint): boolean {
    this.points.push(point);
    return this.points.length >= this.maxSize;
  }

  /** Sends the collected points, if any, and empties the batch. */
  async flush(ctx: PluginContext, endpoint: string): Promise<number> {
    const points = this.points.splice(0);
    if (!points.length) return 0;
    const response = await ctx.http.request(endpoint, {method: 'POST', json: {points}, timeoutMs: 3_000});
    if (response.status >= 300) ctx.logger.warn('Metrics endpoint refused a batch', {status: response.status, points: points.length});
    return points.length;
  }
}
