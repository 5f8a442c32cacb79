import type { Kysely } from 'kysely';
import type { Digest } from '../domain/digest.js';
import type { Subscriber } from '../domain/subscriber.js';
import { chunks } from './chunks.js';
import { keysetPages } from './keyset-pages.js';
import type { Database } from './schema.js';
import { recipientsPage } from './subscriber-repo.js';

export interface EditionRecord {
  id: string;
  digestKey: string;
  digest: Digest;
  status: 'sending' | 'sent';
  createdAt: string;
  finishedAt: string | null;
}

/** Who an edition goes to, and what each reader's delivery row holds. */
export interface Audience {
  /** The digest's readers: confirmed, not paused, not opted out of it. */
  digestKey: string;
  /** The reader's copy: its Message-ID, and when it is due (null: at once). */
  delivery(reader: Subscriber): { messageId: string; dueAt: string | null };
}

export interface EditionRepo {
  /**
   * Freezes an edition in one transaction: stores its content, marks its
   * articles as carried, and queues one delivery per reader of the audience,
   * read and written a page at a time. After this, a crash can only resume
   * the same edition, never build a second one from the same articles.
   * Returns the number of deliveries queued.
   */
  freeze(digest: Digest, articleIds: string[], audience: Audience, at: string): Promise<number>;
  get(id: string): Promise<EditionRecord | null>;
  /** The edition of this digest still being sent, if a run stopped midway. */
  unfinished(digestKey: string): Promise<EditionRecord | null>;
  /** Every edition of this digest still being sent, oldest first (per-reader times can leave more than one). */
  allUnfinished(digestKey: string): Promise<EditionRecord[]>;
  markSent(id: string, at: string): Promise<void>;
  list(digestKey?: string, limit?: number): Promise<EditionRecord[]>;
}

/** Rows per multi-row insert of deliveries: nine columns each, below either engine's bound-parameter cap. */
const INSERT_ROWS = 150;

export function editionRepo(db: Kysely<Database>): EditionRepo {
  const toRecord = (r: Database['editions']): EditionRecord => ({
    id: r.id,
    digestKey: r.digest_key,
    digest: JSON.parse(r.content) as Digest,
    status: r.status,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  });
  /** Editions still being sent, oldest first. */
  const sending = (digestKey: string) =>
    db.selectFrom('editions').selectAll().where('digest_key', '=', digestKey).where('status', '=', 'sending').orderBy('created_at');
  return {
    async freeze(digest, articleIds, audience, at) {
      return db.transaction().execute(async (trx) => {
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
        let queued = 0;
        for await (const readers of keysetPages(
          (page) => recipientsPage(trx, audience.digestKey, page),
          (r) => r.id,
        )) {
          for (const rows of chunks(readers, INSERT_ROWS)) {
            await trx
              .insertInto('deliveries')
              .values(
                rows.map((r) => {
                  const copy = audience.delivery(r);
                  return {
                    edition_id: digest.id,
                    subscriber_id: r.id,
                    email: r.email,
                    status: 'queued' as const,
                    attempts: 0,
                    message_id: copy.messageId,
                    last_error: null,
                    updated_at: at,
                    due_at: copy.dueAt,
                  };
                }),
              )
              .execute();
          }
          queued += readers.length;
        }
        return queued;
      });
    },
    async get(id) {
      const row = await db.selectFrom('editions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async unfinished(digestKey) {
      const row = await sending(digestKey).executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async allUnfinished(digestKey) {
      return (await sending(digestKey).execute()).map(toRecord);
    },
    async markSent(id, at) {
      await db.updateTable('editions').set({ status: 'sent', finished_at: at }).where('id', '=', id).execute();
    },
    async list(digestKey, limit = 50) {
      let q = db.selectFrom('editions').selectAll().orderBy('created_at', 'desc').limit(limit);
      if (digestKey) q = q.where('digest_key', '=', digestKey);
      return (await q.execute()).map(toRecord);
    },
  };
}
