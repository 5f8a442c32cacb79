import type { Kysely } from 'kysely';
import type { SummarizedArticle } from '../domain/article.js';
import { chunks } from './chunks.js';
import type { Database } from './schema.js';

export interface StoredArticle {
  article: SummarizedArticle;
  /** Text fingerprint; '' when the text is too short to have one. */
  fingerprint: string;
  /** Locality-sensitive keys of the fingerprint. */
  bands: string[];
}

export interface ArticleRepo {
  /** Which of these ids the store already holds (sent or not). */
  knownIds(ids: string[]): Promise<Set<string>>;
  /** Stored articles sharing any band: candidates for "the same story seen before". */
  sharingBands(bands: string[]): Promise<{ id: string; fingerprint: string }[]>;
  /** Keeps newly seen articles until an edition carries them; an id seen before is left as it was. */
  add(articles: StoredArticle[], seenAt: string): Promise<void>;
  /** Articles no edition of this digest has carried yet, first seen at or after `since`. */
  unsent(digestKey: string, since: string): Promise<SummarizedArticle[]>;
  /** Stored articles by id (those found). */
  byIds(ids: string[]): Promise<SummarizedArticle[]>;
  /** The edition of this digest that carried each of these articles, for those it carried. */
  carriedBy(digestKey: string, ids: string[]): Promise<Map<string, string>>;
}

export function articleRepo(db: Kysely<Database>): ArticleRepo {
  return {
    async knownIds(ids) {
      const found = new Set<string>();
      for (const chunk of chunks(ids)) {
        const rows = await db.selectFrom('articles').select('id').where('id', 'in', chunk).execute();
        for (const r of rows) found.add(r.id);
      }
      return found;
    },
    async sharingBands(bands) {
      const out = new Map<string, string>();
      for (const chunk of chunks(bands)) {
        const rows = await db
          .selectFrom('article_bands')
          .innerJoin('articles', 'articles.id', 'article_bands.article_id')
          .select(['articles.id', 'articles.fingerprint'])
          .where('article_bands.band', 'in', chunk)
          .execute();
        for (const r of rows) out.set(r.id, r.fingerprint);
      }
      return [...out].map(([id, fingerprint]) => ({ id, fingerprint }));
    },
    async add(articles, seenAt) {
      if (articles.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (const chunk of chunks(articles, 100)) {
          await trx
            .insertInto('articles')
            .values(
              chunk.map(({ article, fingerprint }) => ({
                id: article.id,
                fingerprint,
                data: JSON.stringify(article),
                published: article.published,
                first_seen_at: seenAt,
              })),
            )
            .onConflict((oc) => oc.column('id').doNothing())
            .execute();
        }
        const bands = articles.flatMap(({ article, bands }) => bands.map((band) => ({ band, article_id: article.id })));
        for (const chunk of chunks(bands, 300)) {
          await trx
            .insertInto('article_bands')
            .values(chunk)
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
      });
    },
    async unsent(digestKey, since) {
      const rows = await db
        .selectFrom('articles')
        .select('data')
        .where('first_seen_at', '>=', since)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('article_sends')
                .select('article_id')
                .whereRef('article_sends.article_id', '=', 'articles.id')
                .where('article_sends.digest_key', '=', digestKey),
            ),
          ),
        )
        .orderBy('first_seen_at')
        .execute();
      return rows.map((r) => JSON.parse(r.data) as SummarizedArticle);
    },
    async byIds(ids) {
      const out: SummarizedArticle[] = [];
      for (const chunk of chunks(ids)) {
        const rows = await db.selectFrom('articles').select('data').where('id', 'in', chunk).execute();
        out.push(...rows.map((r) => JSON.parse(r.data) as SummarizedArticle));
      }
      return out;
    },
    async carriedBy(digestKey, ids) {
      const out = new Map<string, string>();
      for (const chunk of chunks(ids)) {
        const rows = await db
          .selectFrom('article_sends')
          .select(['article_id', 'edition_id'])
          .where('digest_key', '=', digestKey)
          .where('article_id', 'in', chunk)
          .execute();
        for (const r of rows) out.set(r.article_id, r.edition_id);
      }
      return out;
    },
  };
}
