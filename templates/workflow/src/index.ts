import {definePlugin, type Subscription} from '@ax/plugin-runtime';
import {runSteps, type Step} from './steps';

type MemberJoined = {workspaceId: string; userId: string};

/** The welcome workflow: replace these steps with your own. */
const welcome: Step<MemberJoined>[] = [
  {name: 'greet', run: async (ctx, m) => ctx.logger.info('Welcome', {userId: m.userId})},
  {name: 'checklist', run: async (ctx, m) => ctx.store.set(`checklist:${m.userId}`, ['profile', 'first-plugin'])},
];

let subscription: Subscription | undefined;

export default definePlugin({
  name: 'hello-workflow',
  activate(ctx) {
    subscription = ctx.events.subscribe('member.joined', async (member) => {
      await runSteps(ctx, `${member.workspaceId}:${member.userId}`, welcome, member);
    });
  },
  deactivate() {
    subscription?.unsubscribe();
  },
});
