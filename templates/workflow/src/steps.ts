import type {PluginContext} from '@ax/plugin-runtime';

/** One step of a workflow: named, so a rerun can tell which steps already ran. */
export interface Step<P> {
  name: string;
  run(ctx: PluginContext, payload: P): Promise<void>;
}

/**
 * Runs the steps in order, once per idempotency key: the runtime may deliver an event twice,
 * and a step that already ran for the key is skipped the second time.
 */
export async function runSteps<P>(ctx: PluginContext, key: string, steps: readonly Step<P>[], payload: P): Promise<string[]> {
  const ran: string[] = [];
  for (const step of steps) {
    const doneKey = `done:${key}:${step.name}`;
    if (await ctx.store.get<boolean>(doneKey)) continue;
    await step.run(ctx, payload);
    await ctx.store.set(doneKey, true, {ttlSeconds: 7 * 24 * 3600});
    ran.push(step.name);
  }
  return ran;
}
