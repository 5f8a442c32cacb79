import { sql, type Kysely } from 'kysely';
import { deliveryRecord, type DueDelivery } from './delivery-repo.js';
import type { Database } from './schema.js';

/** What became of a claimed delivery; written in the claim's own transaction. */
export type ClaimOutcome =
  | { status: 'submitted' }
  /** An attempt counted against the reader; `final` fails the delivery for good. */
  | { status: 'attempted'; error: string; final: boolean }
  /** The server or the network, not the reader: still queued, nothing counted. */
  | { status: 'deferred'; error: string };

/**
 * Queue mode's view of the send ledger: deliveries grouped in fixed batches of
 * subscriber ids (batch k holds ids k*size+1 .. (k+1)*size, so a batch means
 * the same readers however often it is enqueued), and one delivery claimed at
 * a time by the worker that sends it.
 */
export interface DeliveryClaims {
  /** Batches with queued deliveries due by `dueBy`, in order. */
  dueBatches(editionId: string, dueBy: string, size: number): Promise<number[]>;
  /** Subscriber ids of the queued deliveries due by `dueBy` in one batch; read unlocked, each is claimed before it is sent. */
  dueInBatch(editionId: string, dueBy: string, batch: number, size: number): Promise<number[]>;
  /**
   * Locks the delivery's row (PostgreSQL: FOR UPDATE SKIP LOCKED) while
   * `send` runs and writes its outcome in the same transaction. Null, and
   * `send` not called, when the row is no longer queued and due, or another
   * worker holds it. A worker killed in `send` leaves the row queued: its
   * transaction dies with its connection.
   */
  claim(editionId: string, subscriberId: number, dueBy: string, send: (d: DueDelivery) => Promise<ClaimOutcome>): Promise<ClaimOutcome | null>;
}

export function deliveryClaims(db: Kysely<Database>, postgres: boolean): DeliveryClaims {
  return {
    async dueBatches(editionId, dueBy, size) {
      // A literal: SQLite would take a bound JS number as a real and divide without truncating.
      const rows = await db
        .selectFrom('deliveries')
        .select(sql<number>`(subscriber_id - 1) / ${sql.lit(Math.trunc(size))}`.as('batch'))
        .distinct()
        .where('edition_id', '=', editionId)
        .where('status', '=', 'queued')
        .where((eb) => eb.or([eb('due_at', 'is', null), eb('due_at', '<=', dueBy)]))
        .orderBy('batch')
        .execute();
      return rows.map((r) => Number(r.batch));
    },
    async dueInBatch(editionId, dueBy, batch, size) {
      const rows = await db
        .selectFrom('deliveries')
        .select('subscriber_id')
        .where('edition_id', '=', editionId)
        .where('status', '=', 'queued')
        .where((eb) => eb.or([eb('due_at', 'is', null), eb('due_at', '<=', dueBy)]))
        .where('subscriber_id', '>', batch * size)
        .where('subscriber_id', '<=', (batch + 1) * size)
        .orderBy('subscriber_id')
        .execute();
      return rows.map((r) => r.subscriber_id);
    },
    claim(editionId, subscriberId, dueBy, send) {
      return db.transaction().execute(async (trx) => {
        let query = trx
          .selectFrom('deliveries as d')
          .leftJoin('subscribers as s', 's.id', 'd.subscriber_id')
          .selectAll('d')
          .select(['s.name as reader_name', 's.status as reader_status', 's.paused as reader_paused'])
          .where('d.edition_id', '=', editionId)
          .where('d.subscriber_id', '=', subscriberId)
          .where('d.status', '=', 'queued')
          .where((eb) => eb.or([eb('d.due_at', 'is', null), eb('d.due_at', '<=', dueBy)]));
        // SQLite has one writer at a time already; PostgreSQL skips a row another worker is sending.
        if (postgres) query = query.forUpdate(['d']).skipLocked();
        const r = await query.executeTakeFirst();
        if (!r) return null;
        const outcome = await send({
          ...deliveryRecord(r),
          name: r.reader_name,
          mailable: r.reader_status === 'confirmed' && r.reader_paused === 0,
        });
        const at = new Date().toISOString();
        const row = trx.updateTable('deliveries').where('edition_id', '=', editionId).where('subscriber_id', '=', subscriberId);
        if (outcome.status === 'submitted')
          await row.set((eb) => ({ status: 'submitted', attempts: eb('attempts', '+', 1), last_error: null, updated_at: at })).execute();
        else if (outcome.status === 'attempted')
          await row
            .set((eb) => ({ status: outcome.final ? 'failed' : 'queued', attempts: eb('attempts', '+', 1), last_error: outcome.error, updated_at: at }))
            .execute();
        else await row.set({ last_error: outcome.error, updated_at: at }).execute();
        return outcome;
      });
    },
  };
}
