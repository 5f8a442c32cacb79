import { SUBSCRIBER_STATUSES, type SubscriberStatus } from '../../domain/subscriber.js';
import { DigestError } from '../../domain/errors.js';
import { normalizeEmail } from '../../subscribers/index.js';
import type { Command } from '../command.js';

export const subscribersAdd: Command = {
  name: 'subscribers add',
  summary: 'Add a reader (confirmed by default from the command line)',
  usage: 'EMAIL [--name NAME] [--status pending|confirmed] [--lang CODE] [--time-zone ZONE] [--send-at HH:MM]',
  options: {
    name: { type: 'string' },
    status: { type: 'string' },
    lang: { type: 'string' },
    'time-zone': { type: 'string' },
    'send-at': { type: 'string' },
  },
  help: [
    '--name NAME         the reader\'s name, used in the greeting',
    '--status STATUS     pending or confirmed (default: confirmed: the operator vouches for the address)',
    '--lang CODE         preferred language',
    '--time-zone ZONE    IANA zone for a personal delivery time',
    '--send-at HH:MM     personal delivery time in that zone',
  ],
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const email = normalizeEmail(ctx.positionals[0]!);
    const status = (ctx.values.status as string | undefined) ?? 'confirmed';
    if (!(SUBSCRIBER_STATUSES as readonly string[]).includes(status)) {
      throw new DigestError('USAGE', `--status must be one of ${SUBSCRIBER_STATUSES.join(', ')}`, { field: 'status' });
    }
    const store = await ctx.store();
    const { subscriber, created } = await store.subscribers.add(
      {
        email,
        name: (ctx.values.name as string | undefined) ?? null,
        status: status as SubscriberStatus,
        lang: (ctx.values.lang as string | undefined) ?? null,
        timeZone: (ctx.values['time-zone'] as string | undefined) ?? null,
        sendAt: (ctx.values['send-at'] as string | undefined) ?? null,
      },
      new Date().toISOString(),
    );
    ctx.stdout.write(created ? `added ${subscriber.email} (${subscriber.status})\n` : `${subscriber.email} is already on the list (${subscriber.status})\n`);
    return 0;
  },
};
