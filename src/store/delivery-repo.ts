import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface DeliveryRecord {
  editionId: string;
  subscriberId: number;
  email: string;
  status: 'queued' | 'submitted' | 'failed';
  attempts: number;
  messageId: string;
  lastError: string | null;
}

export interface DeliveryCounts {
  queued: number;
  submitted: number;
  failed: number;
}

export interface DeliveryRepo {
  /** Deliveries still to send for an edition, in a stable order. */
  queued(editionId: string, limit?: number): Promise<DeliveryRecord[]>;
  markSubmitted(editionId: string, subscriberId: number, at: string): Promise<void>;
  /** Counts an attempt; `final` marks the delivery failed for good. */
  markAttempt(editionId: string, subscriberId: number, error: string, final: boolean, at: string): Promise<void>;
  counts(editionId: string): Promise<DeliveryCounts>;
  list(editionId: string): Promise<DeliveryRecord[]>;
}

export function deliveryRepo(db: Kysely<Database>): DeliveryRepo {
  const toRecord = (r: Database['deliveries']): DeliveryRecord => ({
    editionId: r.edition_id,
    subscriberId: r.subscriber_id,
    email: r.email,
    status: r.status,
    attempts: r.attempts,
    messageId: r.message_id,
    lastError: r.last_error,
  });
  const key = (editionId: string, subscriberId: number) =>
    db.updateTable('deliveries').where('edition_id', '=', editionId).where('subscriber_id', '=', subscriberId);
  return {
    async queued(editionId, limit = 1_000_000) {
      const rows = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('edition_id', '=', editionId)
        .where('status', '=', 'queued')
        .orderBy('subscriber_id')
        .limit(limit)
        .execute();
      return rows.map(toRecord);
    },
    async markSubmitted(editionId, subscriberId, at) {
      await key(editionId, subscriberId)
        .set((eb) => ({ status: 'submitted', attempts: eb('attempts', '+', 1), last_error: null, updated_at: at }))
        .execute();
    },
    async markAttempt(editionId, subscriberId, error, final, at) {
      await key(editionId, subscriberId)
        .set((eb) => ({ status: final ? 'failed' : 'queued', attempts: eb('attempts', '+', 1), last_error: error, updated_at: at }))
        .execute();
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
      return (await db.selectFrom('deliveries').selectAll().where('edition_id', '=', editionId).orderBy('subscriber_id').execute()).map(toRecord);
    },
  };
}
