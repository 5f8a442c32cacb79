import type { Kysely } from 'kysely';
import type { SummarizedArticle } from '../domain/article.js';
import type { Database } from './schema.js';

export interface ArticleRepo {
  /** Which of these ids or fingerprints the store already holds (sent or not). */
  known(ids: string[], fingerprints: string[]): Promise<{ ids: Set<string>; fingerprints: Set<string> }>;
  /** Keeps newly seen articles until an edition carries them; an id seen before is left as it was. */
  add(articles: { article: SummarizedArticle; fingerprint: string }[], seenAt: string): Promise<void>;
  /** Articles no edition of this digest has carried yet, first seen at or after `since`. */
  unsent(digestKey: string, since: string): Promise<SummarizedArticle[]>;
}

export function articleRepo(db: Kysely<Database>): ArticleRepo {
  return {
    async known(ids, fingerprints) {
      const found = { ids: new Set<string>(), fingerprints: new Set<string>() };
      // SQLite caps bound parameters; ask in chunks.
      for (let i = 0; i < Math.max(ids.length, fingerprints.length); i += 400) {
        const idChunk = ids.slice(i, i + 400);
        const fpChunk = fingerprints.slice(i, i + 400);
        const rows = await db
          .selectFrom('articles')
          .select(['id', 'fingerprint'])
          .where((eb) =>
            eb.or([
              ...(idChunk.length ? [eb('id', 'in', idChunk)] : []),
              ...(fpChunk.length ? [eb('fingerprint', 'in', fpChunk)] : []),
            ]),
          )
          .execute();
        for (const r of rows) {
          found.ids.add(r.id);
          found.fingerprints.add(r.fingerprint);
        }
      }
      return found;
    },
    async add(articles, seenAt) {
      if (articles.length === 0) return;
      await db
        .insertInto('articles')
        .values(
          articles.map(({ article, fingerprint }) => ({
            id: article.id,
            fingerprint,
            data: JSON.stringify(article),
            published: article.published,
            first_seen_at: seenAt,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
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
  };
}
