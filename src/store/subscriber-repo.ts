import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Subscriber, SubscriberStatus } from '../domain/subscriber.js';
import { chunks } from './chunks.js';
import { jsonRows } from './json-rows.js';
import { keysetPages, PAGE_SIZE, type Page } from './keyset-pages.js';
import type { Database } from './schema.js';

export interface NewSubscriber {
  email: string;
  name?: string | null;
  status: SubscriberStatus;
  lang?: string | null;
  timeZone?: string | null;
  sendAt?: string | null;
  /** When the reader consented, as an imported list says; a confirmed reader counts as confirmed then. */
  consentAt?: string | null;
  /** How the reader came to the list: web form, mail to the request address, import, or the command line. */
  source?: ConsentSource;
}

export type ConsentSource = 'web' | 'mail' | 'import' | 'cli';

/** What `subscribers list` shows of a reader. */
export type ListedReader = Pick<Subscriber, 'id' | 'email' | 'status' | 'paused' | 'name'>;

/** Readers by status, and how many confirmed readers paused their mail. */
export type SubscriberCounts = Record<SubscriberStatus, number> & { paused: number };

/** What an import did to one reader. */
export interface ImportedReader {
  subscriber: Subscriber;
  created: boolean;
  /** Was pending and is now confirmed by this import. */
  confirmed: boolean;
}

export interface SubscriberRepo {
  /** Adds a reader, or returns the existing one for that address unchanged. */
  add(s: NewSubscriber, at: string): Promise<{ subscriber: Subscriber; created: boolean }>;
  byEmail(email: string): Promise<Subscriber | null>;
  byId(id: number): Promise<Subscriber | null>;
  /** Every reader (or those with `status`) in id order, a page at a time. */
  pages(status?: SubscriberStatus): AsyncIterable<Subscriber[]>;
  /** `pages` with only what a listing shows of each reader: a third of the columns to read and build, for lists of any length. */
  listedPages(status?: SubscriberStatus): AsyncIterable<ListedReader[]>;
  /** One page (the first by default) of who an edition goes to: confirmed, not paused; with a digest key, minus readers who opted out of it. */
  recipients(digestKey?: string, page?: Page): Promise<Subscriber[]>;
  /** Every page of `recipients`, in id order. */
  recipientPages(digestKey?: string): AsyncIterable<Subscriber[]>;
  /**
   * Adds many readers in one transaction; an address already on the list is
   * left as it is, except that `confirm` confirms a pending one. The addresses
   * must be distinct. Results are in the order of `readers`.
   */
  importMany(readers: NewSubscriber[], at: string, confirm: boolean): Promise<ImportedReader[]>;
  setStatus(id: number, status: SubscriberStatus, at: string): Promise<void>;
  update(id: number, fields: Partial<Pick<Subscriber, 'name' | 'lang' | 'timeZone' | 'sendAt' | 'paused'>>, at: string): Promise<void>;
  remove(id: number): Promise<boolean>;
  /** Counts a hard bounce; suppresses the reader at `limit`. Returns the new status. */
  hardBounce(id: number, limit: number, at: string): Promise<SubscriberStatus>;
  count(): Promise<SubscriberCounts>;
  /** Drops pending readers created before `before`. */
  expirePending(before: string): Promise<number>;
  /** Records a single-use token as spent; false when it already was. */
  spendToken(use: TokenUse): Promise<boolean>;
  tokenSpent(fingerprint: string): Promise<boolean>;
  /** Counts one event under `key` and returns how many it has since `since` (this one included). */
  countEvent(key: string, since: string, at: string): Promise<number>;
  /** Forgets rate events before `before` and spent tokens that expired before it. */
  pruneHistory(before: string): Promise<void>;
  optedOutDigests(id: number): Promise<string[]>;
  setOptedOutDigests(id: number, digestKeys: string[]): Promise<void>;
}

export interface TokenUse {
  fingerprint: string;
  purpose: string;
  subscriberId: number;
  usedAt: string;
  expiresAt: string;
}

/** Tables added by migration 003-subscribers; only this repository reads them. */
type SubscriberTables = {
  token_uses: { fingerprint: string; purpose: string; subscriber_id: number; used_at: string; expires_at: string };
  rate_events: { key: string; at: string };
  digest_optouts: { subscriber_id: number; digest_key: string };
};

type Row = Selectable<Database['subscribers']>;

const toSubscriber = (r: Row): Subscriber => ({
  id: r.id,
  email: r.email,
  name: r.name,
  status: r.status,
  lang: r.lang,
  timeZone: r.time_zone,
  sendAt: r.send_at,
  paused: r.paused === 1,
  createdAt: r.created_at,
  confirmedAt: r.confirmed_at,
});

const newRow = (s: NewSubscriber, at: string): Insertable<Database['subscribers']> => ({
  email: s.email,
  name: s.name ?? null,
  status: s.status,
  lang: s.lang ?? null,
  time_zone: s.timeZone ?? null,
  send_at: s.sendAt ?? null,
  paused: 0,
  hard_bounces: 0,
  created_at: at,
  confirmed_at: s.status === 'confirmed' ? at : null,
  updated_at: at,
  consent_source: s.source ?? null,
});

/** One page of an edition's readers; the freeze reads them through its own transaction. */
export async function recipientsPage(base: Kysely<Database>, digestKey: string | undefined, page: Page): Promise<Subscriber[]> {
  let q = base
    .withTables<SubscriberTables>()
    .selectFrom('subscribers')
    .selectAll()
    .where('status', '=', 'confirmed')
    .where('paused', '=', 0)
    .where('id', '>', page.after)
    .orderBy('id')
    .limit(page.limit);
  if (digestKey !== undefined) {
    q = q.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('digest_optouts').select('digest_key').whereRef('digest_optouts.subscriber_id', '=', 'subscribers.id').where('digest_key', '=', digestKey),
        ),
      ),
    );
  }
  return (await q.execute()).map(toSubscriber);
}

export function subscriberRepo(base: Kysely<Database>): SubscriberRepo {
  const db = base.withTables<SubscriberTables>();
  /** One page of readers (those with `status`, when given) in id order. */
  const readersAfter = ({ after, limit }: Page, status: SubscriberStatus | undefined) => {
    const q = db.selectFrom('subscribers').where('id', '>', after).orderBy('id').limit(limit);
    return status ? q.where('status', '=', status) : q;
  };
  const byEmail = async (email: string) => {
    const row = await db.selectFrom('subscribers').selectAll().where('email', '=', email).executeTakeFirst();
    return row ? toSubscriber(row) : null;
  };
  return {
    async add(s, at) {
      const existing = await byEmail(s.email);
      if (existing) return { subscriber: existing, created: false };
      const row = await db.insertInto('subscribers').values(newRow(s, at)).returningAll().executeTakeFirstOrThrow();
      return { subscriber: toSubscriber(row), created: true };
    },
    byEmail,
    async byId(id) {
      const row = await db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toSubscriber(row) : null;
    },
    pages(status) {
      return keysetPages(
        async (page) => (await readersAfter(page, status).selectAll().execute()).map(toSubscriber),
        (s) => s.id,
      );
    },
    listedPages(status) {
      return keysetPages(
        async (page) =>
          (await readersAfter(page, status).select(['id', 'email', 'status', 'paused', 'name']).execute()).map((r) => ({ ...r, paused: r.paused === 1 })),
        (s) => s.id,
      );
    },
    recipients: (digestKey, page = { after: 0, limit: PAGE_SIZE }) => recipientsPage(base, digestKey, page),
    recipientPages: (digestKey) =>
      keysetPages(
        (page) => recipientsPage(base, digestKey, page),
        (r) => r.id,
      ),
    async importMany(readers, at, confirm) {
      return db.transaction().execute(async (trx) => {
        const batch = jsonRows(trx, readers);
        const rows = new Map<string, Row>();
        const existing = await sql<Row>`select * from subscribers where email in (select j.value ->> 'email' from ${batch})`.execute(trx);
        for (const r of existing.rows) rows.set(r.email, r);
        const fresh = readers.filter((r) => !rows.has(r.email));
        const created = new Set<string>();
        if (fresh.length > 0) {
          const inserted = await sql<Row>`
            insert into subscribers (email, name, status, lang, time_zone, send_at, paused, hard_bounces, created_at, confirmed_at, updated_at, consent_source)
            select j.value ->> 'email', j.value ->> 'name', j.value ->> 'status', j.value ->> 'lang', j.value ->> 'timeZone', j.value ->> 'sendAt',
              0, 0, ${at}, case when j.value ->> 'status' = 'confirmed' then coalesce(j.value ->> 'consentAt', ${at}) end, ${at}, coalesce(j.value ->> 'source', 'import')
            from ${jsonRows(trx, fresh)}
            returning *`.execute(trx);
          for (const r of inserted.rows) {
            rows.set(r.email, r);
            created.add(r.email);
          }
        }
        const toConfirm = confirm ? [...rows.values()].filter((r) => r.status === 'pending' && !created.has(r.email)) : [];
        for (const ids of chunks(toConfirm.map((r) => r.id))) {
          await trx.updateTable('subscribers').set({ status: 'confirmed', confirmed_at: at, updated_at: at }).where('id', 'in', ids).execute();
        }
        for (const r of toConfirm) rows.set(r.email, { ...r, status: 'confirmed', confirmed_at: at, updated_at: at });
        const confirmed = new Set(toConfirm.map((r) => r.email));
        return readers.map((r) => ({ subscriber: toSubscriber(rows.get(r.email)!), created: created.has(r.email), confirmed: confirmed.has(r.email) }));
      });
    },
    async setStatus(id, status, at) {
      await db
        .updateTable('subscribers')
        .set((eb) => ({
          status,
          updated_at: at,
          // Resubscribing starts the bounce count afresh.
          hard_bounces: status === 'confirmed' ? 0 : eb.ref('hard_bounces'),
          confirmed_at: status === 'confirmed' ? at : eb.ref('confirmed_at'),
        }))
        .where('id', '=', id)
        .execute();
    },
    async update(id, f, at) {
      await db
        .updateTable('subscribers')
        .set({
          ...(f.name !== undefined && { name: f.name }),
          ...(f.lang !== undefined && { lang: f.lang }),
          ...(f.timeZone !== undefined && { time_zone: f.timeZone }),
          ...(f.sendAt !== undefined && { send_at: f.sendAt }),
          ...(f.paused !== undefined && { paused: f.paused ? 1 : 0 }),
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
    },
    async remove(id) {
      await db.deleteFrom('deliveries').where('subscriber_id', '=', id).where('status', '=', 'queued').execute();
      await db.deleteFrom('digest_optouts').where('subscriber_id', '=', id).execute();
      const r = await db.deleteFrom('subscribers').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async hardBounce(id, limit, at) {
      const row = await db
        .updateTable('subscribers')
        .set((eb) => ({ hard_bounces: eb('hard_bounces', '+', 1), updated_at: at }))
        .where('id', '=', id)
        .returning(['hard_bounces', 'status'])
        .executeTakeFirst();
      if (!row) return 'unsubscribed';
      if (row.hard_bounces >= limit && row.status === 'confirmed') {
        await db.updateTable('subscribers').set({ status: 'suppressed', updated_at: at }).where('id', '=', id).execute();
        return 'suppressed';
      }
      return row.status;
    },
    async count() {
      const rows = await db
        .selectFrom('subscribers')
        .select(['status', 'paused', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(['status', 'paused'])
        .execute();
      const out: SubscriberCounts = { pending: 0, confirmed: 0, unsubscribed: 0, suppressed: 0, paused: 0 };
      for (const r of rows) {
        out[r.status] += Number(r.n);
        if (r.status === 'confirmed' && r.paused !== 0) out.paused += Number(r.n);
      }
      return out;
    },
    async expirePending(before) {
      const r = await db.deleteFrom('subscribers').where('status', '=', 'pending').where('created_at', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async spendToken(u) {
      const r = await db
        .insertInto('token_uses')
        .values({ fingerprint: u.fingerprint, purpose: u.purpose, subscriber_id: u.subscriberId, used_at: u.usedAt, expires_at: u.expiresAt })
        .onConflict((oc) => oc.column('fingerprint').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async tokenSpent(fingerprint) {
      return (await db.selectFrom('token_uses').select('fingerprint').where('fingerprint', '=', fingerprint).executeTakeFirst()) !== undefined;
    },
    async countEvent(key, since, at) {
      await db.insertInto('rate_events').values({ key, at }).execute();
      const row = await db
        .selectFrom('rate_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('key', '=', key)
        .where('at', '>=', since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async pruneHistory(before) {
      await db.deleteFrom('rate_events').where('at', '<', before).execute();
      await db.deleteFrom('token_uses').where('expires_at', '<', before).execute();
    },
    async optedOutDigests(id) {
      const rows = await db.selectFrom('digest_optouts').select('digest_key').where('subscriber_id', '=', id).orderBy('digest_key').execute();
      return rows.map((r) => r.digest_key);
    },
    async setOptedOutDigests(id, keys) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('digest_optouts').where('subscriber_id', '=', id).execute();
        if (keys.length > 0) {
          await trx
            .insertInto('digest_optouts')
            .values([...new Set(keys)].map((k) => ({ subscriber_id: id, digest_key: k })))
            .execute();
        }
      });
    },
  };
}
