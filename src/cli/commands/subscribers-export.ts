import { SUBSCRIBER_STATUSES, type SubscriberStatus } from '../../domain/subscriber.js';
import { DigestError } from '../../domain/errors.js';
import { csvLine } from '../../subscribers/index.js';
import type { Command } from '../command.js';

export const subscribersExport: Command = {
  name: 'subscribers export',
  summary: 'Print every reader as CSV (email,name,status,lang,paused,created_at,confirmed_at)',
  usage: '[--status STATUS]',
  options: { status: { type: 'string' } },
  help: ['--status STATUS    only pending, confirmed, unsubscribed or suppressed readers'],
  async run(ctx) {
    const status = ctx.values.status as string | undefined;
    if (status && !(SUBSCRIBER_STATUSES as readonly string[]).includes(status)) {
      throw new DigestError('USAGE', `--status must be one of ${SUBSCRIBER_STATUSES.join(', ')}`, { field: 'status' });
    }
    const { services } = await ctx.app();
    ctx.stdout.write(csvLine(['email', 'name', 'status', 'lang', 'paused', 'created_at', 'confirmed_at']));
    for (const s of await services.store.subscribers.list(status as SubscriberStatus | undefined)) {
      ctx.stdout.write(csvLine([s.email, s.name, s.status, s.lang, s.paused, s.createdAt, s.confirmedAt]));
    }
    return 0;
  },
};
