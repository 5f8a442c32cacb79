import { DigestError } from '../../domain/errors.js';
import { normalizeEmail } from '../../subscribers/index.js';
import { defineCommand } from '../command.js';
import { statusOption } from '../status-option.js';
import { READER_TIME_HELP, READER_TIME_OPTIONS, readerTimeOptions } from '../reader-time-options.js';

export const subscribersAdd = defineCommand({
  name: 'subscribers add',
  usage: 'EMAIL [--name NAME] [--status pending|confirmed] [--lang CODE] [--time-zone ZONE] [--send-at HH:MM]',
  options: {
    name: { type: 'string' },
    status: { type: 'string' },
    lang: { type: 'string' },
    ...READER_TIME_OPTIONS,
  },
  help: [
    "--name NAME         the reader's name, used in the greeting",
    '--status STATUS     pending or confirmed (default: confirmed: the operator vouches for the address)',
    '--lang CODE         preferred language',
    ...READER_TIME_HELP,
    'An address already on the list is left as it is: change it with `subscribers set`.',
    'An address whose reader had their data erased is refused (exit 3): only they can subscribe again.',
  ],
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const email = normalizeEmail(ctx.positionals[0]!);
    const status = statusOption(ctx.values.status) ?? 'confirmed';
    const time = readerTimeOptions(ctx.values, { clearable: false });
    const store = await ctx.store();
    if ((await store.readerData.erased([email])).has(email)) {
      throw new DigestError('INPUT_INVALID', `${email} had their data erased at their own request; only they can subscribe again (on the web form or by mail)`);
    }
    const { subscriber, created } = await store.subscribers.add(
      {
        email,
        name: ctx.values.name ?? null,
        status,
        lang: ctx.values.lang ?? null,
        timeZone: time.timeZone ?? null,
        sendAt: time.sendAt ?? null,
        source: 'cli',
      },
      new Date().toISOString(),
    );
    ctx.stdout.write(
      created
        ? `added ${subscriber.email} (${subscriber.status})\n`
        : `${subscriber.email} is already on the list (${subscriber.status}); nothing changed (see subscribers set)\n`,
    );
    return 0;
  },
});
