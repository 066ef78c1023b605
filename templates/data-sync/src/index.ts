import {definePlugin} from '@ax/plugin-runtime';
import {syncOnce} from './sync';

export default definePlugin({
  name: 'hello-data-sync',
  async activate(ctx) {
    const source = ctx.settings.get('changeFeedUrl') ?? 'https://api.example.com/changes';
    await syncOnce(ctx, source);
  },
});
