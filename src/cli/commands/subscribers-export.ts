import { SUBSCRIBER_STATUSES, type SubscriberStatus } from '../../domain/subscriber.js';
import { DigestError } from '../../domain/errors.js';
import { csvLine } from '../../subscribers/index.js';
import type { Command } from '../command.js';
import { writePaged } from '../write-paged.js';

export const subscribersExport: Command = {
  name: 'subscribers export',
  usage: '[--status STATUS]',
  options: { status: { type: 'string' } },
  help: ['--status STATUS    only pending, confirmed, unsubscribed or suppressed readers'],
  async run(ctx) {
    const status = ctx.values.status as string | undefined;
    if (status && !(SUBSCRIBER_STATUSES as readonly string[]).includes(status)) {
      throw new DigestError('USAGE', `--status must be one of ${SUBSCRIBER_STATUSES.join(', ')}`, { field: 'status' });
    }
    const store = await ctx.store();
    ctx.stdout.write(csvLine(['email', 'name', 'status', 'lang', 'send_at', 'time_zone', 'paused', 'created_at', 'confirmed_at']));
    await writePaged(ctx.stdout, store.subscribers.pages(status as SubscriberStatus | undefined), (s) =>
      csvLine([s.email, s.name, s.status, s.lang, s.sendAt, s.timeZone, s.paused, s.createdAt, s.confirmedAt]),
    );
    return 0;
  },
};
