import type { SummarizedArticle } from '../domain/article.js';

/**
 * How much a reader gets from an article in a digest: key quotes and figures
 * are what a plain feed reader does not give, so they weigh most; a story
 * carried by several sources matters more; fresher beats older.
 */
export function storyScore(a: SummarizedArticle, now: number): number {
  const s = a.summary;
  const keyQuotes = s.quotes.filter((q) => q.key).length;
  const keyFigures = s.figures.filter((f) => f.key).length;
  const ageHours = a.published ? Math.max(0, (now - Date.parse(a.published)) / 3_600_000) : 48;
  return (
    2 * Math.min(keyQuotes, 3) +
    1.5 * Math.min(keyFigures, 3) +
    (s.gist.length > 0 ? 1 : 0) +
    (a.sources.length - 1) * 2 -
    (a.fromFeedOnly ? 1 : 0) -
    Math.min(ageHours, 168) / 48
  );
}

/** Candidates best first: by score, then newer first. The one order compose picks in. */
export function rankArticles(articles: SummarizedArticle[], now: number): { a: SummarizedArticle; score: number }[] {
  return articles
    .map((a) => ({ a, score: storyScore(a, now) }))
    .sort((x, y) => y.score - x.score || (y.a.published ?? '').localeCompare(x.a.published ?? ''));
}
