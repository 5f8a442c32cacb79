import { SUBSCRIBER_STATUSES, type SubscriberStatus } from '../../domain/subscriber.js';
import { DigestError } from '../../domain/errors.js';
import type { Command } from '../command.js';
import { writePaged } from '../write-paged.js';

export const subscribersList: Command = {
  name: 'subscribers list',
  usage: '[--status STATUS] [--json]',
  options: { status: { type: 'string' }, json: { type: 'boolean' } },
  help: ['--status STATUS    only pending, confirmed, unsubscribed or suppressed readers', '--json             one JSON object per reader'],
  async run(ctx) {
    const status = ctx.values.status as string | undefined;
    if (status && !(SUBSCRIBER_STATUSES as readonly string[]).includes(status)) {
      throw new DigestError('USAGE', `--status must be one of ${SUBSCRIBER_STATUSES.join(', ')}`, { field: 'status' });
    }
    const store = await ctx.store();
    await writePaged(ctx.stdout, store.subscribers.pages(status as SubscriberStatus | undefined), (s) =>
      ctx.values.json ? JSON.stringify(s) + '\n' : `${s.email}\t${s.status}${s.paused ? ' (paused)' : ''}\t${s.name ?? ''}\n`,
    );
    return 0;
  },
};
