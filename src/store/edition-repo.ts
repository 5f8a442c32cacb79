import type { Kysely } from 'kysely';
import type { Digest } from '../domain/digest.js';
import { chunks } from './chunks.js';
import type { Database } from './schema.js';

export interface EditionRecord {
  id: string;
  digestKey: string;
  digest: Digest;
  status: 'sending' | 'sent';
  createdAt: string;
  finishedAt: string | null;
}

export interface Recipient {
  subscriberId: number;
  email: string;
  messageId: string;
  /** When this reader's copy is due (their own local delivery time); omitted means at once. */
  dueAt?: string | null;
}

export interface EditionRepo {
  /**
   * Freezes an edition in one transaction: stores its content, marks its
   * articles as carried, and queues one delivery per recipient. After this, a
   * crash can only resume the same edition, never build a second one from the
   * same articles.
   */
  freeze(digest: Digest, articleIds: string[], recipients: Recipient[], at: string): Promise<void>;
  get(id: string): Promise<EditionRecord | null>;
  /** The edition of this digest still being sent, if a run stopped midway. */
  unfinished(digestKey: string): Promise<EditionRecord | null>;
  /** Every edition of this digest still being sent, oldest first (per-reader times can leave more than one). */
  allUnfinished(digestKey: string): Promise<EditionRecord[]>;
  markSent(id: string, at: string): Promise<void>;
  list(digestKey?: string, limit?: number): Promise<EditionRecord[]>;
  /** Adds deliveries for readers who joined after the edition was frozen (per-reader schedules). */
  addRecipients(editionId: string, recipients: Recipient[], at: string): Promise<void>;
}

export function editionRepo(db: Kysely<Database>): EditionRepo {
  const toRecord = (r: Database['editions']): EditionRecord => ({
    id: r.id,
    digestKey: r.digest_key,
    digest: JSON.parse(r.content) as Digest,
    status: r.status,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  });
  const queue = (trx: Kysely<Database>, editionId: string, recipients: Recipient[], at: string) =>
    chunks(recipients, 150).map((chunk) =>
      trx
        .insertInto('deliveries')
        .values(
          chunk.map((r) => ({
            edition_id: editionId,
            subscriber_id: r.subscriberId,
            email: r.email,
            status: 'queued' as const,
            attempts: 0,
            message_id: r.messageId,
            last_error: null,
            updated_at: at,
            due_at: r.dueAt ?? null,
          })),
        )
        .onConflict((oc) => oc.columns(['edition_id', 'subscriber_id']).doNothing())
        .execute(),
    );
  return {
    async freeze(digest, articleIds, recipients, at) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('editions')
          .values({ id: digest.id, digest_key: digest.key, content: JSON.stringify(digest), status: 'sending', created_at: at, finished_at: null })
          .execute();
        for (const ids of chunks(articleIds, 300)) {
          await trx
            .insertInto('article_sends')
            .values(ids.map((id) => ({ article_id: id, digest_key: digest.key, edition_id: digest.id })))
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
        await Promise.all(queue(trx, digest.id, recipients, at));
      });
    },
    async get(id) {
      const row = await db.selectFrom('editions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async unfinished(digestKey) {
      const row = await db
        .selectFrom('editions')
        .selectAll()
        .where('digest_key', '=', digestKey)
        .where('status', '=', 'sending')
        .orderBy('created_at')
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async allUnfinished(digestKey) {
      const rows = await db.selectFrom('editions').selectAll().where('digest_key', '=', digestKey).where('status', '=', 'sending').orderBy('created_at').execute();
      return rows.map(toRecord);
    },
    async markSent(id, at) {
      await db.updateTable('editions').set({ status: 'sent', finished_at: at }).where('id', '=', id).execute();
    },
    async list(digestKey, limit = 50) {
      let q = db.selectFrom('editions').selectAll().orderBy('created_at', 'desc').limit(limit);
      if (digestKey) q = q.where('digest_key', '=', digestKey);
      return (await q.execute()).map(toRecord);
    },
    async addRecipients(editionId, recipients, at) {
      await db.transaction().execute(async (trx) => {
        await Promise.all(queue(trx, editionId, recipients, at));
      });
    },
  };
}
