import { CompiledQuery, sql, type Kysely, type SqliteDatabase } from 'kysely';
import { keysetPages, type Page } from './keyset-pages.js';
import type { Database } from './schema.js';

export interface DeliveryRecord {
  editionId: string;
  subscriberId: number;
  email: string;
  status: 'queued' | 'submitted' | 'failed';
  attempts: number;
  messageId: string;
  lastError: string | null;
  /** When the reader's copy is due; null means at once. */
  dueAt: string | null;
}

/** A queued delivery with what the sender needs of its reader, read in the same query. */
export interface DueDelivery extends DeliveryRecord {
  name: string | null;
  /** Still confirmed and not paused: false for a reader who left, bounced or paused since the freeze. */
  mailable: boolean;
}

/** A delivery of the send queue: only what the send loop reads of it and its reader. */
export type QueuedRow = Pick<DueDelivery, 'editionId' | 'subscriberId' | 'email' | 'attempts' | 'messageId' | 'name' | 'mailable'>;

/**
 * SQLite's own connection (through the store's statement cache), for the
 * send loop's page reads and batch writes: run at once, without Kysely's
 * query building, result plugins and connection mutex, whenever no Kysely
 * transaction holds the connection (one would take these statements in).
 */
export interface DirectSqlite {
  database: SqliteDatabase;
  inTransaction(): boolean;
}

export interface DeliveryCounts {
  queued: number;
  submitted: number;
  failed: number;
}

export interface DeliveryRepo {
  /** Queued deliveries due by `dueBy`, in subscriber order, a page at a time: the send queue. */
  duePages(editionId: string, dueBy: string, pageSize?: number): AsyncIterable<QueuedRow[]>;
  countDue(editionId: string, dueBy: string): Promise<number>;
  markSubmitted(editionId: string, subscriberId: number, at: string): Promise<void>;
  /** markSubmitted for many readers of one edition in a single statement (the send loop's batches). */
  markSubmittedAll(editionId: string, subscriberIds: number[], at: string): Promise<void>;
  /** Counts an attempt; `final` marks the delivery failed for good. */
  markAttempt(editionId: string, subscriberId: number, error: string, final: boolean, at: string): Promise<void>;
  /** Records why a delivery is still queued without counting an attempt (the server was down). */
  markDeferred(editionId: string, subscriberId: number, error: string, at: string): Promise<void>;
  /** Times of the latest `limit` submissions since `since`, all editions together (for the hourly rate cap). */
  submittedSince(since: string, limit: number): Promise<string[]>;
  counts(editionId: string): Promise<DeliveryCounts>;
  list(editionId: string): Promise<DeliveryRecord[]>;
}

/** A delivery row as the rest of the program sees it. */
export function deliveryRecord(r: Database['deliveries']): DeliveryRecord {
  return {
    editionId: r.edition_id,
    subscriberId: r.subscriber_id,
    email: r.email,
    status: r.status,
    attempts: r.attempts,
    messageId: r.message_id,
    lastError: r.last_error,
    dueAt: r.due_at,
  };
}

/** Update texts kept per number of readers; past this many the cache starts again. */
const SUBMITTED_UPDATES_KEPT = 32;

/** The send queue's page: the columns the send loop reads, `mailable` worked out by the database. */
const DUE_PAGE_SQL = `select d.subscriber_id, d.email, d.attempts, d.message_id, s.name,
  coalesce(s.status = 'confirmed' and s.paused = 0, 0) as mailable
  from deliveries as d left join subscribers as s on s.id = d.subscriber_id
  where d.edition_id = ? and d.status = 'queued' and (d.due_at is null or d.due_at <= ?) and d.subscriber_id > ?
  order by d.subscriber_id limit ?`;

interface DuePageRow {
  subscriber_id: number;
  email: string;
  attempts: number;
  message_id: string;
  name: string | null;
  mailable: number | boolean;
}

export function deliveryRepo(db: Kysely<Database>, direct?: DirectSqlite): DeliveryRepo {
  // The send loop records a batch of accepted messages every few messages: building that
  // update with Kysely each time cost more CPU than SQLite's write itself. Its SQL is made
  // once per number of readers and run with fresh values (SQLite's driver reuses the statement).
  const submittedUpdates = new Map<number, string>();
  const submittedUpdate = (editionId: string, subscriberIds: number[], at: string): CompiledQuery => {
    let text = submittedUpdates.get(subscriberIds.length);
    if (text === undefined) {
      text = sql`update deliveries set status = 'submitted', attempts = attempts + 1, last_error = null, updated_at = ${at}
        where edition_id = ${editionId} and subscriber_id in (${sql.join(subscriberIds)})`.compile(db).sql;
      if (submittedUpdates.size >= SUBMITTED_UPDATES_KEPT) submittedUpdates.clear();
      submittedUpdates.set(subscriberIds.length, text);
    }
    return CompiledQuery.raw(text, [at, editionId, ...subscriberIds]);
  };
  const key = (editionId: string, subscriberId: number) =>
    db.updateTable('deliveries').where('edition_id', '=', editionId).where('subscriber_id', '=', subscriberId);
  const dueQuery = (editionId: string, dueBy: string) =>
    db
      .selectFrom('deliveries')
      .where('edition_id', '=', editionId)
      .where('status', '=', 'queued')
      .where((eb) => eb.or([eb('due_at', 'is', null), eb('due_at', '<=', dueBy)]));
  /** The page through Kysely: PostgreSQL, or SQLite while a transaction holds the connection. */
  const duePage = async (editionId: string, dueBy: string, page: Page): Promise<DuePageRow[]> => {
    const rows = await db
      .selectFrom('deliveries as d')
      .leftJoin('subscribers as s', 's.id', 'd.subscriber_id')
      .select(['d.subscriber_id', 'd.email', 'd.attempts', 'd.message_id', 's.name', 's.status', 's.paused'])
      .where('d.edition_id', '=', editionId)
      .where('d.status', '=', 'queued')
      .where((eb) => eb.or([eb('d.due_at', 'is', null), eb('d.due_at', '<=', dueBy)]))
      .where('d.subscriber_id', '>', page.after)
      .orderBy('d.subscriber_id')
      .limit(page.limit)
      .execute();
    return rows.map((r) => ({ ...r, mailable: r.status === 'confirmed' && r.paused === 0 }));
  };
  const due = async (editionId: string, dueBy: string, page: Page): Promise<QueuedRow[]> => {
    const rows =
      direct && !direct.inTransaction()
        ? (direct.database.prepare(DUE_PAGE_SQL).all([editionId, dueBy, page.after, page.limit]) as DuePageRow[])
        : await duePage(editionId, dueBy, page);
    return rows.map((r) => ({
      editionId,
      subscriberId: r.subscriber_id,
      email: r.email,
      attempts: r.attempts,
      messageId: r.message_id,
      name: r.name,
      mailable: Boolean(r.mailable),
    }));
  };
  return {
    duePages: (editionId, dueBy, pageSize) =>
      keysetPages(
        (page) => due(editionId, dueBy, page),
        (d) => d.subscriberId,
        pageSize,
      ),
    async countDue(editionId, dueBy) {
      const row = await dueQuery(editionId, dueBy)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async markSubmitted(editionId, subscriberId, at) {
      await key(editionId, subscriberId)
        .set((eb) => ({ status: 'submitted', attempts: eb('attempts', '+', 1), last_error: null, updated_at: at }))
        .execute();
    },
    async markSubmittedAll(editionId, subscriberIds, at) {
      if (subscriberIds.length === 0) return;
      const update = submittedUpdate(editionId, subscriberIds, at);
      if (direct && !direct.inTransaction()) direct.database.prepare(update.sql).run(update.parameters);
      else await db.executeQuery(update);
    },
    async markAttempt(editionId, subscriberId, error, final, at) {
      await key(editionId, subscriberId)
        .set((eb) => ({ status: final ? 'failed' : 'queued', attempts: eb('attempts', '+', 1), last_error: error, updated_at: at }))
        .execute();
    },
    async markDeferred(editionId, subscriberId, error, at) {
      await key(editionId, subscriberId).set({ last_error: error, updated_at: at }).where('status', '=', 'queued').execute();
    },
    async submittedSince(since, limit) {
      const rows = await db
        .selectFrom('deliveries')
        .select('updated_at')
        .where('status', '=', 'submitted')
        .where('updated_at', '>=', since)
        .orderBy('updated_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => r.updated_at);
    },
    async counts(editionId) {
      const rows = await db
        .selectFrom('deliveries')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('edition_id', '=', editionId)
        .groupBy('status')
        .execute();
      const counts: DeliveryCounts = { queued: 0, submitted: 0, failed: 0 };
      for (const r of rows) counts[r.status] = Number(r.n);
      return counts;
    },
    async list(editionId) {
      return (await db.selectFrom('deliveries').selectAll().where('edition_id', '=', editionId).orderBy('subscriber_id').execute()).map(deliveryRecord);
    },
  };
}
