import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface FeedStateRecord {
  url: string;
  etag: string | null;
  lastModified: string | null;
  status: 'ok' | 'not-modified' | 'error';
  error: string | null;
  fetchedAt: string;
  itemCount: number;
}

export interface FeedStateRepo {
  get(url: string): Promise<FeedStateRecord | null>;
  put(url: string, state: Omit<FeedStateRecord, 'url'>): Promise<void>;
  list(): Promise<FeedStateRecord[]>;
}

export function feedStateRepo(db: Kysely<Database>): FeedStateRepo {
  const toRecord = (r: Database['feed_state']): FeedStateRecord => ({
    url: r.url,
    etag: r.etag,
    lastModified: r.last_modified,
    status: r.status as FeedStateRecord['status'],
    error: r.error,
    fetchedAt: r.fetched_at,
    itemCount: r.item_count,
  });
  return {
    async get(url) {
      const row = await db.selectFrom('feed_state').selectAll().where('url', '=', url).executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async put(url, s) {
      const row = {
        url,
        etag: s.etag,
        last_modified: s.lastModified,
        status: s.status,
        error: s.error,
        fetched_at: s.fetchedAt,
        item_count: s.itemCount,
      };
      await db
        .insertInto('feed_state')
        .values(row)
        .onConflict((oc) => oc.column('url').doUpdateSet(row))
        .execute();
    },
    async list() {
      return (await db.selectFrom('feed_state').selectAll().orderBy('url').execute()).map(toRecord);
    },
  };
}
