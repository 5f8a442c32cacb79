import type { Article } from '../domain/article.js';
import type { NonArticleKind } from '../domain/digest.js';
import { nonArticleMarker } from '../lang/index.js';
import { wordCount } from './word-count.js';

/** Below this many words an item with an audio or video file is the file, not an article. */
const MEDIA_TEXT_WORDS = 30;

export interface NonArticle {
  kind: NonArticleKind;
  /** What gave it away: the words in the title, the link part, or the file. */
  marker: string;
}

/**
 * Whether an item is something other than an article: a live blog, a quiz,
 * a corrections notice (by the language packs' title markers and the link),
 * or a podcast or video with no text of its own.
 */
export function nonArticle(a: Article): NonArticle | null {
  const marked = nonArticleMarker(a.title, a.url);
  if (marked) return marked;
  if (a.media && wordCount(a.text) < MEDIA_TEXT_WORDS) return { kind: 'media', marker: `${a.media} with no text` };
  return null;
}

/** How many of `articles` are left out as non-articles, by kind (kinds in `include` are not). */
export function countNonArticles(articles: readonly Article[], include: readonly NonArticleKind[] = []): Partial<Record<NonArticleKind, number>> {
  const counts: Partial<Record<NonArticleKind, number>> = {};
  for (const a of articles) {
    const kind = nonArticle(a)?.kind;
    if (kind && !include.includes(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}
