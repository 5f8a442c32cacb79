import { hash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Subscriber } from '../domain/subscriber.js';
import { jsonRows } from './json-rows.js';
import type { Database } from './schema.js';

/** Everything the store holds about one reader: what "download my data" gives them. */
export interface ReaderData extends Pick<Subscriber, 'email' | 'name' | 'status' | 'lang' | 'timeZone' | 'sendAt' | 'paused'> {
  /** Digest keys the reader chose not to get. */
  optedOutDigests: string[];
  consent: {
    /** How they came to the list: web, mail, import, cli (null for readers from before it was recorded). */
    source: string | null;
    subscribedAt: string;
    confirmedAt: string | null;
  };
  /** Every copy of an edition addressed to them, oldest first. */
  deliveries: { editionId: string; digestKey: string | null; status: string; attempts: number; messageId: string; updatedAt: string }[];
}

export interface ReaderDataRepo {
  /** What is stored about reader `id`, or null when there is no such reader. */
  export(id: number): Promise<ReaderData | null>;
  /**
   * Erases reader `id` (false when there is none): the reader row, their
   * choices, spent tokens and rate records; queued copies are dropped, and
   * the delivery ledger keeps only the counts (no address, no error text).
   * A salted hash of the address stays, so an import does not add it again.
   */
  forget(id: number, at: string): Promise<boolean>;
  /** Which of these (normalized) addresses were erased at their owner's request. */
  erased(emails: readonly string[]): Promise<Set<string>>;
}

/** Tables this repository reads besides the shared schema (migrations 003 and 006). */
type ReaderTables = {
  digest_optouts: { subscriber_id: number; digest_key: string };
  token_uses: { fingerprint: string; purpose: string; subscriber_id: number; used_at: string; expires_at: string };
  rate_events: { key: string; at: string };
  erased_addresses: { address_hash: string; erased_at: string };
  store_secrets: { name: string; value: string };
};

export function readerDataRepo(base: Kysely<Database>): ReaderDataRepo {
  const db = base.withTables<ReaderTables>();
  let salt: Promise<string> | undefined;
  const saltOf = () =>
    (salt ??= db
      .selectFrom('store_secrets')
      .select('value')
      .where('name', '=', 'erasure-salt')
      .executeTakeFirstOrThrow()
      .then((r) => r.value));
  // The one-shot hash: a tenth of createHash's cost, which counts when an import checks a million addresses.
  const hashWith = (s: string, email: string) => hash('sha256', `${s}:${email}`, 'hex');
  return {
    async export(id) {
      const s = await db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
      if (!s) return null;
      const optouts = await db.selectFrom('digest_optouts').select('digest_key').where('subscriber_id', '=', id).orderBy('digest_key').execute();
      const deliveries = await db
        .selectFrom('deliveries')
        .leftJoin('editions', 'editions.id', 'deliveries.edition_id')
        .select(['deliveries.edition_id', 'editions.digest_key', 'deliveries.status', 'deliveries.attempts', 'deliveries.message_id', 'deliveries.updated_at'])
        .where('deliveries.subscriber_id', '=', id)
        .orderBy('deliveries.updated_at')
        .orderBy('deliveries.edition_id')
        .execute();
      return {
        email: s.email,
        name: s.name,
        status: s.status,
        lang: s.lang,
        timeZone: s.time_zone,
        sendAt: s.send_at,
        paused: s.paused === 1,
        optedOutDigests: optouts.map((o) => o.digest_key),
        consent: { source: s.consent_source, subscribedAt: s.created_at, confirmedAt: s.confirmed_at },
        deliveries: deliveries.map((d) => ({
          editionId: d.edition_id,
          digestKey: d.digest_key,
          status: d.status,
          attempts: d.attempts,
          messageId: d.message_id,
          updatedAt: d.updated_at,
        })),
      };
    },
    async forget(id, at) {
      const s = await db.selectFrom('subscribers').select('email').where('id', '=', id).executeTakeFirst();
      if (!s) return false;
      const addressHash = hashWith(await saltOf(), s.email);
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('erased_addresses')
          .values({ address_hash: addressHash, erased_at: at })
          .onConflict((oc) => oc.column('address_hash').doNothing())
          .execute();
        await trx.deleteFrom('deliveries').where('subscriber_id', '=', id).where('status', '=', 'queued').execute();
        // Sent and failed copies stay counted in their edition's figures, with nothing that names the reader.
        await trx.updateTable('deliveries').set({ email: '', last_error: null }).where('subscriber_id', '=', id).execute();
        await trx.deleteFrom('digest_optouts').where('subscriber_id', '=', id).execute();
        await trx.deleteFrom('token_uses').where('subscriber_id', '=', id).execute();
        await trx.deleteFrom('rate_events').where('key', '=', `mail:${s.email}`).execute();
        await trx.deleteFrom('subscribers').where('id', '=', id).execute();
      });
      return true;
    },
    async erased(emails) {
      const found = new Set<string>();
      // Most lists never had anyone erased: an import then pays one tiny query per batch, no hashing.
      if (emails.length === 0 || !(await db.selectFrom('erased_addresses').select('address_hash').limit(1).executeTakeFirst())) return found;
      const salted = await saltOf();
      const byHash = new Map<string, string>();
      for (const e of emails) byHash.set(hashWith(salted, e), e);
      const rows = await sql<{ address_hash: string }>`select address_hash from erased_addresses where address_hash in (select j.value ->> 'h' from ${jsonRows(
        db,
        [...byHash.keys()].map((h) => ({ h })),
      )})`.execute(db);
      for (const r of rows.rows) found.add(byHash.get(r.address_hash)!);
      return found;
    },
  };
}
