import { defineCommand } from '../command.js';
import { statusOption } from '../status-option.js';
import { writePaged } from '../write-paged.js';

export const subscribersList = defineCommand({
  name: 'subscribers list',
  usage: '[--status STATUS] [--json]',
  options: { status: { type: 'string' }, json: { type: 'boolean' } },
  help: ['--status STATUS    only pending, confirmed, unsubscribed or suppressed readers', '--json             one JSON object per reader'],
  async run(ctx) {
    const status = statusOption(ctx.values.status);
    const store = await ctx.store();
    // The plain list reads only the columns it prints; --json prints every field.
    if (ctx.values.json) await writePaged(ctx.stdout, store.subscribers.pages(status), (s) => JSON.stringify(s) + '\n');
    else await writePaged(ctx.stdout, store.subscribers.listedPages(status), (s) => `${s.email}\t${s.status}${s.paused ? ' (paused)' : ''}\t${s.name ?? ''}\n`);
    return 0;
  },
});
