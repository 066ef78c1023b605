import {definePlugin} from '@ax/plugin-runtime';

export default definePlugin({
  name: 'hello-broken',
  async activate(ctx) {
    console.log(await ctx.fetchRaw('https://example.com'));
    const mode: number = ctx.setting('mode');
  },
});
