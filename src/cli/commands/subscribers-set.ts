import { DigestError } from '../../domain/errors.js';
import { defineCommand } from '../command.js';
import { readerByEmail } from '../reader-by-email.js';
import { READER_TIME_HELP, READER_TIME_OPTIONS, readerTimeOptions } from '../reader-time-options.js';

export const subscribersSet = defineCommand({
  name: 'subscribers set',
  usage: 'EMAIL [--send-at HH:MM|none] [--time-zone ZONE|none] [--name NAME] [--lang CODE]',
  options: { ...READER_TIME_OPTIONS, name: { type: 'string' }, lang: { type: 'string' } },
  help: [
    ...READER_TIME_HELP,
    "none               clears --send-at (the reader gets each edition at once) or --time-zone (the digest's zone)",
    "--name NAME         the reader's name, used in the greeting",
    '--lang CODE         preferred language',
    'Editions frozen from now on follow the new time; copies already queued keep theirs.',
  ],
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const fields = {
      ...readerTimeOptions(ctx.values, { clearable: true }),
      ...(typeof ctx.values.name === 'string' && { name: ctx.values.name }),
      ...(typeof ctx.values.lang === 'string' && { lang: ctx.values.lang }),
    };
    if (Object.keys(fields).length === 0) throw new DigestError('USAGE', 'nothing to change: give --send-at, --time-zone, --name or --lang');
    const store = await ctx.store();
    const reader = await readerByEmail(store, ctx.positionals[0]!);
    await store.subscribers.update(reader.id, fields, new Date().toISOString());
    const after = (await store.subscribers.byId(reader.id))!;
    const when = after.sendAt ? `at ${after.sendAt} ${after.timeZone ?? "in the digest's zone"}` : 'as soon as it is sent';
    ctx.stdout.write(`${after.email}: gets each edition ${when}\n`);
    return 0;
  },
});
