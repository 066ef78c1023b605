import {definePlugin, type Subscription} from '@ax/plugin-runtime';
import {MetricBatch} from './metrics';

const batch = new MetricBatch();
const subscriptions: Subscription[] = [];

export default definePlugin({
  name: 'hello-observability',
  activate(ctx) {
    const endpoint = ctx.settings.get('metricsUrl') ?? 'https://metrics.example.com/v1/points';
    const count = (name: string) => {
      const full = batch.add({name, value: 1, ...(ctx.correlationId ? {correlationId: ctx.correlationId} : {})});
      if (full) void batch.flush(ctx, endpoint);
    };
    subscriptions.push(ctx.events.subscribe('plugin.installed', () => count('plugin.installed')));
    subscriptions.push(ctx.events.subscribe('workspace.created', () => count('workspace.created')));
  },
  async deactivate(ctx) {
    for (const s of subscriptions.splice(0)) s.unsubscribe();
    await batch.flush(ctx, ctx.settings.get('metricsUrl') ?? 'https://metrics.example.com/v1/points');
  },
});
