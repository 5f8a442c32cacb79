import type { DigestConfig } from '../../config/index.js';
import type { SummarizedArticle } from '../../domain/article.js';
import type { FeedSource } from '../../domain/feed.js';
import { followsTags } from '../../pipeline/index.js';
import type { FeedStateRecord } from '../../store/index.js';

/** The outcome of one fetch of one feed. */
export interface FeedFetch {
  status: 'ok' | 'not-modified' | 'error';
  error: string | null;
  fetchedAt: string;
  itemCount: number | null;
}

export interface FeedRow {
  url: string;
  name: string;
  tags: string[];
  /** Whether the previewed digest takes articles from this feed. */
  inDigest: boolean;
  /** "never": not fetched yet (local files are only known once this session fetched them). */
  status: FeedFetch['status'] | 'never';
  error: string | null;
  fetchedAt: string | null;
  itemCount: number | null;
  /** Articles from this feed no edition of the digest has carried yet. */
  newItems: number;
}

const ORDER: Record<FeedRow['status'], number> = { error: 0, never: 1, 'not-modified': 2, ok: 3 };

/**
 * One row per feed of the list, dead feeds first: the latest fetch this
 * session saw, else the one the store remembers.
 */
export function feedReport(
  sources: FeedSource[],
  stored: FeedStateRecord[],
  session: ReadonlyMap<string, FeedFetch>,
  pending: SummarizedArticle[],
  digest: DigestConfig,
): FeedRow[] {
  const byUrl = new Map(stored.map((s) => [s.url, s]));
  const fresh = new Map<string, number>();
  for (const a of pending) for (const s of a.sources) fresh.set(s.feedUrl, (fresh.get(s.feedUrl) ?? 0) + 1);
  return sources
    .map((src): FeedRow => {
      const last: FeedFetch | undefined = session.get(src.url) ?? byUrl.get(src.url);
      return {
        url: src.url,
        name: src.name,
        tags: src.tags,
        inDigest: followsTags(digest, src.tags),
        status: last?.status ?? 'never',
        error: last?.error ?? null,
        fetchedAt: last?.fetchedAt ?? null,
        itemCount: last?.itemCount ?? null,
        newItems: fresh.get(src.url) ?? 0,
      };
    })
    .sort((x, y) => ORDER[x.status] - ORDER[y.status] || x.name.localeCompare(y.name));
}
