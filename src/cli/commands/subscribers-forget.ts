import { defineCommand } from '../command.js';
import { readerByEmail } from '../reader-by-email.js';

export const subscribersForget = defineCommand({
  name: 'subscribers forget',
  usage: 'EMAIL',
  options: {},
  help: [
    'Erases a reader at their request, as the "Erase my data" button of the preferences page does: the reader, their choices,',
    'their queued copies and every address or error text in the delivery ledger (its counts stay). Only a salted hash of the',
    'address is kept, so `subscribers import` and `subscribers add` leave it out; the reader may still subscribe again themselves.',
  ],
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const store = await ctx.store();
    const s = await readerByEmail(store, ctx.positionals[0]!);
    await store.readerData.forget(s.id, new Date().toISOString());
    ctx.stdout.write(`erased ${s.email}: only a salted hash of the address is kept, so an import does not add it again\n`);
    return 0;
  },
});
