import {definePlugin, type Subscription} from '@ax/plugin-runtime';
import {checkInstall} from './policy';

let subscription: Subscription | undefined;

export default definePlugin({
  name: 'hello-governance',
  activate(ctx) {
    const allowed = (ctx.settings.get('allowedPrefixes') ?? 'acme-').split(',');
    subscription = ctx.events.subscribe('plugin.installed', async (installed) => {
      const verdict = checkInstall(installed.pluginName, allowed);
      // The audit log: one entry per install, kept for a year.
      await ctx.store.set(`audit:${installed.workspaceId}:${installed.pluginName}:${installed.version}`, verdict, {ttlSeconds: 365 * 24 * 3600});
      if (!verdict.allowed) ctx.logger.warn('Plugin installed against policy', {plugin: installed.pluginName, reason: verdict.reason});
    });
  },
  deactivate() {
    subscription?.unsubscribe();
  },
});
