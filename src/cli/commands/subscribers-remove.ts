import { DigestError } from '../../domain/errors.js';
import { normalizeEmail } from '../../subscribers/index.js';
import { defineCommand } from '../command.js';

export const subscribersRemove = defineCommand({
  name: 'subscribers remove',
  usage: 'EMAIL',
  options: {},
  help: [],
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const email = normalizeEmail(ctx.positionals[0]!);
    const store = await ctx.store();
    const s = await store.subscribers.byEmail(email);
    if (!s) throw new DigestError('NOT_FOUND', `no reader ${email}`);
    await store.subscribers.remove(s.id);
    ctx.stdout.write(`removed ${email}\n`);
    return 0;
  },
});
