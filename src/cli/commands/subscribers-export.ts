import { csvLine } from '../../subscribers/index.js';
import { defineCommand } from '../command.js';
import { statusOption } from '../status-option.js';
import { writePaged } from '../write-paged.js';

export const subscribersExport = defineCommand({
  name: 'subscribers export',
  usage: '[--status STATUS]',
  options: { status: { type: 'string' } },
  help: ['--status STATUS    only pending, confirmed, unsubscribed or suppressed readers'],
  async run(ctx) {
    const status = statusOption(ctx.values.status);
    const store = await ctx.store();
    ctx.stdout.write(csvLine(['email', 'name', 'status', 'lang', 'send_at', 'time_zone', 'paused', 'created_at', 'confirmed_at']));
    await writePaged(ctx.stdout, store.subscribers.pages(status), (s) =>
      csvLine([s.email, s.name, s.status, s.lang, s.sendAt, s.timeZone, s.paused, s.createdAt, s.confirmedAt]),
    );
    return 0;
  },
});
