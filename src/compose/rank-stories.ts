import type { SummarizedArticle } from '../domain/article.js';
import { wordCount } from './word-count.js';

/**
 * The parts of a story's score, each from 0 to 1 and weighing the same. Four
 * are signals every story has, whatever its language and however short its
 * text; only two come from the summary, so a teaser, or a story in a
 * language whose speakers are not found yet, can still lead.
 */
export interface ScoreParts {
  /** Near the top of its feed: the publisher's own ranking (1 first, ½ fourth). */
  position: number;
  /** Carried by other feeds too (½ for two, 1 for three or more). */
  sources: number;
  /** 1 just published, 0 three days old or more; an undated story counts as two days old. */
  freshness: number;
  /** How much text we have: 0 for ten words, ½ for a hundred, 1 for a thousand. */
  length: number;
  /** Key quotes, up to three. */
  quotes: number;
  /** Key figures, up to three. */
  figures: number;
}

const FRESH_HOURS = 72;
const UNDATED_HOURS = 48;
/** An article stored before feed positions were kept sits mid-feed. */
const UNKNOWN_POSITION = 3;

export function scoreParts(a: SummarizedArticle, now: number): ScoreParts {
  const s = a.summary;
  const ageHours = a.published ? Math.max(0, (now - Date.parse(a.published)) / 3_600_000) : UNDATED_HOURS;
  const words = wordCount(a.text);
  return {
    position: 1 / (1 + (a.feedPosition ?? UNKNOWN_POSITION) / 3),
    sources: Math.min(a.sources.length - 1, 2) / 2,
    freshness: Math.max(0, 1 - (Number.isNaN(ageHours) ? UNDATED_HOURS : ageHours) / FRESH_HOURS),
    length: clamp01((Math.log10(words + 1) - 1) / 2),
    quotes: Math.min(s.quotes.filter((q) => q.key).length, 3) / 3,
    figures: Math.min(s.figures.filter((f) => f.key).length, 3) / 3,
  };
}

/** How much a reader gets from a story in a digest: the sum of its parts (0 to 6). */
export function storyScore(a: SummarizedArticle, now: number): number {
  return total(scoreParts(a, now));
}

export interface RankedArticle {
  a: SummarizedArticle;
  score: number;
  parts: ScoreParts;
}

/** Candidates best first: by score, then newer first. The order inside a section. */
export function rankArticles(articles: readonly SummarizedArticle[], now: number): RankedArticle[] {
  return articles
    .map((a) => {
      const parts = scoreParts(a, now);
      return { a, parts, score: total(parts) };
    })
    .sort((x, y) => y.score - x.score || (y.a.published ?? '').localeCompare(x.a.published ?? ''));
}

function total(p: ScoreParts): number {
  return p.position + p.sources + p.freshness + p.length + p.quotes + p.figures;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
