import type { Article, ArticleSource } from '../domain/index.js';
import { canonicalUrl } from './canonical-url.js';
import { contentFingerprint, fingerprintSimilarity, NEAR_DUPLICATE_SIMILARITY } from './content-fingerprint.js';

/**
 * One article per story: articles that share an id (guid), a canonical URL, or
 * nearly the same text (MinHash) are merged into the first one seen, which keeps
 * its id and gains the others' sources, tags and any field it lacked. Pure and
 * order-preserving.
 */
export function dedupeArticles(articles: Article[]): Article[] {
  const kept: Article[] = [];
  const byKey = new Map<string, number>();
  const prints: { index: number; print: string }[] = [];
  for (const a of articles) {
    const keys = [`id:${a.id}`, ...(a.url ? [`url:${canonicalUrl(a.url)}`] : [])];
    const print = contentFingerprint(a.text);
    let target = keys.map((k) => byKey.get(k)).find((i) => i !== undefined);
    if (target === undefined && print) target = prints.find((p) => fingerprintSimilarity(p.print, print) >= NEAR_DUPLICATE_SIMILARITY)?.index;
    if (target === undefined) {
      target = kept.length;
      kept.push({ ...a, sources: [...a.sources], tags: [...a.tags] });
      if (print) prints.push({ index: target, print });
    } else {
      kept[target] = merge(kept[target]!, a);
    }
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, target);
  }
  return kept;
}

function merge(into: Article, other: Article): Article {
  const sameSource = (s: ArticleSource) => (t: ArticleSource) => t.feedUrl === s.feedUrl && t.link === s.link;
  const sources = [...into.sources];
  for (const s of other.sources) if (!sources.some(sameSource(s))) sources.push(s);
  // The fuller text wins: a teaser in one feed, the whole story in another.
  const fuller = other.text.length > into.text.length && into.fromFeedOnly ? other : into;
  return {
    ...into,
    text: fuller.text,
    fromFeedOnly: fuller.fromFeedOnly,
    url: into.url ?? other.url,
    lang: into.lang ?? other.lang,
    author: into.author ?? other.author,
    published: earliest(into.published, other.published),
    image: into.image ?? other.image ?? null,
    sources,
    tags: [...new Set([...into.tags, ...other.tags])],
  };
}

function earliest(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  return a <= b ? a : b;
}
