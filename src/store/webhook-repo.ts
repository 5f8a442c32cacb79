import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface QueuedWebhook {
  id: string;
  endpoint: string;
  eventType: string;
  body: string;
  /** Tries made before this one. */
  attempts: number;
  createdAt: string;
}

export interface WebhookRecord extends QueuedWebhook {
  status: 'queued' | 'sent' | 'dead';
  nextAt: string;
  lastError: string | null;
}

export interface WebhookRepo {
  /** Queues calls, due at `at`, in one transaction. */
  enqueue(calls: { id: string; endpoint: string; eventType: string; body: string }[], at: string): Promise<void>;
  /**
   * Takes up to `limit` calls due at `now` for one try each, pushing their
   * next try to `leaseUntil`: a process that dies mid-call leaves the call to
   * be tried again after it, by whichever process is running then. Another
   * process never takes a call this one holds.
   */
  claimDue(now: string, leaseUntil: string, limit: number): Promise<QueuedWebhook[]>;
  /** The endpoint answered 2xx. */
  sent(id: string, attempts: number, at: string): Promise<void>;
  /** The try failed: try again at `nextAt`, or never (`nextAt` null: given up). */
  failed(id: string, attempts: number, error: string, nextAt: string | null, at: string): Promise<void>;
  /** Makes calls held by a try that was abandoned (the process is stopping) due again at once. */
  release(ids: string[], at: string): Promise<void>;
  /** Every call, oldest first (status, tests). */
  list(): Promise<WebhookRecord[]>;
  /** When the next queued call is due, or null when none is queued. */
  nextDue(): Promise<string | null>;
  /** Calls by status. */
  counts(): Promise<Record<WebhookRecord['status'], number>>;
}

export function webhookRepo(db: Kysely<Database>): WebhookRepo {
  return {
    async enqueue(calls, at) {
      if (calls.length === 0) return;
      await db
        .insertInto('webhook_queue')
        .values(
          calls.map((c) => ({
            id: c.id,
            endpoint: c.endpoint,
            event_type: c.eventType,
            body: c.body,
            status: 'queued' as const,
            attempts: 0,
            next_at: at,
            last_error: null,
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
    },
    async claimDue(now, leaseUntil, limit) {
      const due = await db
        .selectFrom('webhook_queue')
        .selectAll()
        .where('status', '=', 'queued')
        .where('next_at', '<=', now)
        .orderBy('next_at')
        .orderBy('created_at')
        .limit(limit)
        .execute();
      const claimed: QueuedWebhook[] = [];
      for (const r of due) {
        // Only if nobody took it since we looked: the lease moves next_at past now.
        const u = await db
          .updateTable('webhook_queue')
          .set({ next_at: leaseUntil })
          .where('id', '=', r.id)
          .where('status', '=', 'queued')
          .where('next_at', '=', r.next_at)
          .executeTakeFirst();
        if (Number(u.numUpdatedRows) > 0)
          claimed.push({ id: r.id, endpoint: r.endpoint, eventType: r.event_type, body: r.body, attempts: r.attempts, createdAt: r.created_at });
      }
      return claimed;
    },
    async sent(id, attempts, at) {
      await db.updateTable('webhook_queue').set({ status: 'sent', attempts, last_error: null, updated_at: at }).where('id', '=', id).execute();
    },
    async failed(id, attempts, error, nextAt, at) {
      await db
        .updateTable('webhook_queue')
        .set({ status: nextAt === null ? 'dead' : 'queued', attempts, last_error: error.slice(0, 500), next_at: nextAt ?? at, updated_at: at })
        .where('id', '=', id)
        .execute();
    },
    async release(ids, at) {
      if (ids.length === 0) return;
      await db.updateTable('webhook_queue').set({ next_at: at }).where('id', 'in', ids).where('status', '=', 'queued').execute();
    },
    async list() {
      const rows = await db.selectFrom('webhook_queue').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map((r) => ({
        id: r.id,
        endpoint: r.endpoint,
        eventType: r.event_type,
        body: r.body,
        attempts: r.attempts,
        createdAt: r.created_at,
        status: r.status,
        nextAt: r.next_at,
        lastError: r.last_error,
      }));
    },
    async counts() {
      const rows = await db
        .selectFrom('webhook_queue')
        .select((eb) => ['status', eb.fn.countAll().as('n')])
        .groupBy('status')
        .execute();
      const out = { queued: 0, sent: 0, dead: 0 };
      for (const r of rows) out[r.status] = Number(r.n);
      return out;
    },
    async nextDue() {
      const r = await db
        .selectFrom('webhook_queue')
        .select((eb) => eb.fn.min('next_at').as('next'))
        .where('status', '=', 'queued')
        .executeTakeFirst();
      return (r?.next as string | null | undefined) ?? null;
    },
  };
}
