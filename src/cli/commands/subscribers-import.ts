import { open } from 'node:fs/promises';
import { DigestError } from '../../domain/errors.js';
import { IMPORT_BATCH, importReaders, readCsv, type SubscriptionService } from '../../subscribers/index.js';
import { defineCommand } from '../command.js';

export const subscribersImport = defineCommand({
  name: 'subscribers import',
  usage: 'FILE.csv|- [--confirmed]',
  options: { confirmed: { type: 'boolean' } },
  help: [
    '--confirmed        the operator vouches for every address: import as confirmed, send no confirmation mail',
    'send_at is a local delivery time HH:MM, time_zone an IANA zone name (e.g. Europe/Berlin); both may be empty.',
    'The file is read as a stream and written a batch of rows per transaction, so any length fits in little memory.',
    'Bad rows are reported as FILE:LINE: reason on stderr; the good rows are imported all the same (exit code 3 if any row was bad).',
    'Readers already on the list are left as they are; readers who unsubscribed or were suppressed stay so.',
    'Exports of Mailchimp, Substack, Ghost and listmonk are read by their own column names (address, name, status, consent date);',
    'their unsubscribed and cleaned addresses are kept out and counted.',
    'Addresses whose readers had their data erased (subscribers forget, or the preferences page) are left out and counted.',
  ],
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const name = ctx.positionals[0]!;
    const input = name === '-' ? ctx.stdin : await openFile(name);
    const confirm = Boolean(ctx.values.confirmed);
    const store = await ctx.store();
    const repo = store.subscribers;
    const at = new Date().toISOString();
    // The mail path (templates, renderer, transport) is built only when a first reader needs a confirmation mail:
    // a --confirmed import of a million rows never pays for it.
    let subscriptions: SubscriptionService | undefined;
    const mailer = async () => (subscriptions ??= (await import('../../server/index.js')).subscriptionsFor((await ctx.app()).services));
    const tally = { added: 0, confirmed: 0, mailed: 0, kept: 0 };
    const { rows, bad, left, erased } = await importReaders(readCsv(input), {
      erased: (emails) => store.readerData.erased(emails),
      leftOut: (row) => ctx.stderr.write(`${name}:${row.line}: ${row.email} had their data erased at their request; left out\n`),
      importMany: (batch) =>
        repo.importMany(
          batch.map((r) => ({ ...r, status: confirm ? 'confirmed' : 'pending' })),
          at,
          confirm,
        ),
      async imported(row, { subscriber, created, confirmed }) {
        if (created) tally.added++;
        if (confirmed || (created && confirm)) {
          tally.confirmed++;
        } else if (subscriber.status === 'pending') {
          const mail = await mailer();
          mail.requestConfirmation(subscriber);
          // Confirmation mails go out as the file is read, never piling up for the whole list.
          if (++tally.mailed % IMPORT_BATCH === 0) await mail.idle();
        } else {
          tally.kept++;
          if (subscriber.status !== 'confirmed') ctx.stderr.write(`${name}:${row.line}: ${row.email} is ${subscriber.status}; left as it is\n`);
        }
      },
      bad: (b) => ctx.stderr.write(`${name}:${b.line}: ${b.reason}\n`),
    });
    await subscriptions?.idle();
    ctx.stdout.write(
      `imported ${rows} rows: ${tally.added} new, ${tally.confirmed} confirmed, ${tally.mailed} sent a confirmation mail, ${tally.kept} already on the list; ${bad} bad rows; ` +
        `kept out ${left.unsubscribed} unsubscribed and ${left.cleaned} cleaned${erased ? `; ${erased} left out (erased at their request)` : ''}\n`,
    );
    return bad > 0 ? 3 : 0;
  },
});

async function openFile(file: string): Promise<NodeJS.ReadableStream> {
  try {
    return (await open(file)).createReadStream();
  } catch (e) {
    throw new DigestError('INPUT_INVALID', `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file }, { cause: e });
  }
}
