import { DigestError } from '../../domain/errors.js';
import { subscriptionsFor } from '../../server/index.js';
import { importRows, parseCsv } from '../../subscribers/index.js';
import type { Command } from '../command.js';
import { readInput } from '../read-input.js';

export const subscribersImport: Command = {
  name: 'subscribers import',
  summary: 'Import readers from a CSV file (email[,name[,lang]] or a header row); they get a confirmation mail',
  usage: 'FILE.csv|- [--confirmed]',
  options: { confirmed: { type: 'boolean' } },
  help: [
    '--confirmed        the operator vouches for every address: import as confirmed, send no confirmation mail',
    'Bad rows are reported as FILE:LINE: reason on stderr; the good rows are imported all the same (exit code 3 if any row was bad).',
    'Readers who unsubscribed or were suppressed stay so.',
  ],
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const input = await readInput(ctx.positionals[0]!, ctx);
    let records;
    try {
      records = parseCsv(Buffer.from(input.bytes).toString('utf8'));
    } catch (e) {
      if (e instanceof DigestError) throw new DigestError(e.code, e.message, { ...e.where, file: input.name });
      throw e;
    }
    const { rows, bad } = importRows(records);
    const confirmed = Boolean(ctx.values.confirmed);
    const { services } = await ctx.app();
    const subscriptions = subscriptionsFor(services);
    const repo = services.store.subscribers;
    const at = services.now().toISOString();
    const tally = { added: 0, confirmed: 0, mailed: 0, kept: 0 };
    for (const row of rows) {
      const { subscriber, created } = await repo.add({ email: row.email, name: row.name, lang: row.lang, status: confirmed ? 'confirmed' : 'pending' }, at);
      if (created) tally.added++;
      if (subscriber.status === 'pending' && confirmed) {
        await repo.setStatus(subscriber.id, 'confirmed', at);
        tally.confirmed++;
      } else if (subscriber.status === 'pending') {
        subscriptions.requestConfirmation(subscriber);
        tally.mailed++;
      } else if (created) {
        tally.confirmed++;
      } else {
        tally.kept++;
        if (subscriber.status !== 'confirmed') ctx.stderr.write(`${input.name}:${row.line}: ${row.email} is ${subscriber.status}; left as it is\n`);
      }
    }
    await subscriptions.idle();
    for (const b of bad) ctx.stderr.write(`${input.name}:${b.line}: ${b.reason}\n`);
    ctx.stdout.write(
      `imported ${rows.length} rows: ${tally.added} new, ${tally.confirmed} confirmed, ${tally.mailed} sent a confirmation mail, ${tally.kept} already on the list; ${bad.length} bad rows\n`,
    );
    return bad.length > 0 ? 3 : 0;
  },
};
