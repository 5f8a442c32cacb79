import { storyUpdate } from '../compose/index.js';
import type { Article, SummarizedArticle } from '../domain/article.js';
import type { FeedItem, FeedSource } from '../domain/feed.js';
import type { Summary } from '../domain/summary.js';
import { toDigestError } from '../domain/errors.js';
import { extractArticle, isUsableArticle } from '../extract/index.js';
import {
  canonicalUrl,
  contentFingerprint,
  dedupeArticles,
  fingerprintBands,
  fingerprintSimilarity,
  NEAR_DUPLICATE_SIMILARITY,
  withoutTracking,
  type FetchedFeed,
} from '../ingest/index.js';
import type { StoredArticle } from '../store/index.js';
import { summarizeArticle } from '../summarize/index.js';
import { fetchFeedList } from './fetch-feed-list.js';
import { feedFieldText, itemText, storyText } from './story-text.js';
import type { PipelinePorts } from './ports.js';

/** What collecting needs: feeds, pages and the articles already read; no renderer, no transport. */
export type CollectPorts = Pick<PipelinePorts, 'config' | 'articles' | 'feedState' | 'fetchPage' | 'reporter' | 'now'>;

/** Below this many words an item's own text is a teaser and the page is fetched. */
const FULL_TEXT_WORDS = 120;

export interface CollectResult {
  feeds: FetchedFeed[];
  /** Articles seen for the first time in this run. */
  added: SummarizedArticle[];
}

/**
 * ingest -> extract -> summarize for every item not seen before, then keeps
 * the new articles in the store until an edition carries them. A feed or page
 * that fails is reported and skipped; the rest go on. With `keep` false (a dry
 * run) nothing is stored: the next real run still finds the same articles new.
 */
export async function collectArticles(sources: FeedSource[], s: CollectPorts, o: { keep?: boolean } = {}): Promise<CollectResult> {
  const keep = o.keep ?? true;
  const feeds = await fetchFeedList(sources, s, { keep });
  const { items, fresh } = await freshCandidates(feeds, s);
  const articles: Article[] = [];
  let done = 0;
  await eachLimited(fresh, s.config.fetch.concurrency, async (c) => {
    articles.push(await readCandidate(c, s));
    s.reporter.progress('articles', ++done, fresh.length, c.item.title ?? c.id);
  });
  const added = await keepNewArticles(articles, s, { keep });
  s.reporter.event('articles-collected', { feeds: feeds.length, items, new: added.length });
  return { feeds, added };
}

/** An item of a fetched feed, with what reading it needs. */
export interface ArticleCandidate {
  item: FeedItem;
  position: number;
  source: FeedSource;
  feedLang: string | null;
  id: string;
}

/** The items of fetched feeds the store has not seen, each once; `items` counts them all. */
export async function freshCandidates(feeds: FetchedFeed[], s: Pick<CollectPorts, 'articles'>): Promise<{ items: number; fresh: ArticleCandidate[] }> {
  const candidates = feeds.flatMap((f) =>
    (f.feed?.items ?? []).map((item, position) => ({ item, position, source: f.source, feedLang: f.feed?.lang ?? null, id: articleId(item) })),
  );
  const known = await s.articles.knownIds(candidates.map((c) => c.id));
  const fresh = uniqueBy(
    candidates.filter((c) => !known.has(c.id)),
    (c) => c.id,
  );
  return { items: candidates.length, fresh };
}

/** One candidate's article: its own text, or its page's when the feed gave only a teaser. */
export async function readCandidate(c: ArticleCandidate, s: CollectPorts): Promise<Article> {
  const read = await readArticle(c.item, c.source, c.id, c.feedLang, s);
  // The feed's standfirst leads a page's text too, unless the page repeats it.
  return { ...read, text: storyText(feedFieldText(c.item.summary), read.text), feedPosition: c.position, media: mediaOf(c.item) };
}

/**
 * Merges duplicates, drops near-duplicates of stored articles unless they
 * bring news (a developing story), summarizes the rest (or takes the summary
 * already made for an article id, in `summaries`) and, with `keep`, stores
 * them until an edition carries them.
 */
export async function keepNewArticles(
  articles: Article[],
  s: Pick<CollectPorts, 'articles' | 'now'>,
  o: { keep: boolean; summaries?: ReadonlyMap<string, Summary> },
): Promise<SummarizedArticle[]> {
  const added: StoredArticle[] = [];
  for (const a of dedupeArticles(articles)) {
    const fingerprint = contentFingerprint(a.text);
    const bands = fingerprintBands(fingerprint);
    // The same story under a rewritten guid or link, or republished with small edits, is not new.
    const same = (await s.articles.sharingBands(bands))
      .map((e) => ({ id: e.id, similarity: fingerprintSimilarity(e.fingerprint, fingerprint) }))
      .filter((e) => e.similarity >= NEAR_DUPLICATE_SIMILARITY)
      .sort((x, y) => y.similarity - x.similarity);
    const summary = o.summaries?.get(a.id) ?? summarizeArticle(a.text, { lang: a.lang, title: a.title });
    if (same.length === 0) {
      added.push({ article: { ...a, lang: summary.lang, summary }, fingerprint, bands });
      continue;
    }
    // A developing story: back as an update only when it brings a quote or figure none of its earlier versions had.
    const news = storyUpdate(
      summary,
      (await s.articles.byIds(same.map((e) => e.id))).map((e) => e.summary),
    );
    if (news) added.push({ article: { ...a, lang: summary.lang, summary: news, update: { of: same[0]!.id } }, fingerprint, bands });
  }
  if (o.keep) await s.articles.add(added, s.now().toISOString());
  return added.map((x) => x.article);
}

function articleId(item: FeedItem): string {
  if (item.link && /^https?:/i.test(item.link)) return canonicalUrl(item.link);
  return item.id;
}

async function readArticle(item: FeedItem, source: FeedSource, id: string, feedLang: string | null, s: CollectPorts): Promise<Article> {
  const lang = item.lang ?? feedLang ?? source.lang ?? null;
  const own = itemText(item);
  let text = own;
  let title = item.title;
  let fromFeedOnly = false;
  let pageImage: string | null = null;
  if (wordCount(own) < FULL_TEXT_WORDS) {
    // Only a teaser when the feed gave no more than its description: a short
    // article carried whole (content:encoded, Atom content, JSON Feed content_html) is the article.
    fromFeedOnly = !item.html || item.html === item.summary;
    if (item.link && /^https?:/i.test(item.link)) {
      try {
        const page = await s.fetchPage(item.link);
        const extracted = page && extractArticle(page.html, { url: page.url, lang });
        // A short article whose page holds at least what the feed did was read, even under the usual length.
        if (extracted && (isUsableArticle(extracted) || (extracted.text && wordCount(extracted.text) >= wordCount(own)))) {
          text = extracted.text;
          title = title ?? extracted.title;
          fromFeedOnly = false;
          pageImage = extracted.image ?? null;
        }
      } catch (e) {
        s.reporter.warn('page-failed', { url: item.link, error: toDigestError(e, 'FEED_FETCH').describe() });
      }
    }
    if (fromFeedOnly) s.reporter.event('teaser-only', { url: item.link ?? item.id });
  }
  // Readers' links carry no click tracking (the article id already ignores it).
  const link = item.link && withoutTracking(item.link);
  return {
    id,
    title: title ?? text.split('\n')[0]?.slice(0, 120) ?? id,
    url: link,
    lang,
    published: item.published,
    author: item.author,
    text,
    fromFeedOnly,
    sources: [{ feedName: source.name, feedUrl: source.url, link }],
    tags: source.tags,
    categories: item.categories ?? [],
    // The feed's own picture first; the page's sharing picture when the feed has none.
    image: item.image ?? pageImage,
  };
}

/** An audio or video file attached to the item: a podcast episode or a video. */
function mediaOf(item: FeedItem): 'audio' | 'video' | null {
  const types = (item.enclosures ?? []).map((e) => e.type ?? '');
  if (types.some((t) => t.startsWith('video/'))) return 'video';
  if (types.some((t) => t.startsWith('audio/'))) return 'audio';
  return null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && (seen.add(key(t)), true));
}

async function eachLimited<T>(items: T[], limit: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
