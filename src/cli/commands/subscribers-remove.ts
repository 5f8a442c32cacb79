import { defineCommand } from '../command.js';
import { readerByEmail } from '../reader-by-email.js';

export const subscribersRemove = defineCommand({
  name: 'subscribers remove',
  usage: 'EMAIL',
  options: {},
  help: [],
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const store = await ctx.store();
    const s = await readerByEmail(store, ctx.positionals[0]!);
    await store.subscribers.remove(s.id);
    ctx.stdout.write(`removed ${s.email}\n`);
    return 0;
  },
});
