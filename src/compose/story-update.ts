import type { Figure, Quote, Summary } from '../domain/summary.js';

/** Quotes compare by their words, not by case, spacing or punctuation. */
const quoteKey = (q: Quote) =>
  q.text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** A figure is the same figure when it is the same number of the same thing. */
const figureKey = (f: Figure) => `${f.value}|${(f.unit ?? '').toLowerCase()}`;
const sentenceKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * What a later article on a story brings that the earlier articles on it did
 * not: key quotes whose words are new, key figures with a new value or unit,
 * and gist lines not seen before. Null when it brings no new key quote or key
 * figure: then it is the same story and stays out. Pure.
 */
export function storyUpdate(current: Summary, earlier: readonly Summary[]): Summary | null {
  const seenQuotes = new Set(earlier.flatMap((s) => s.quotes.map(quoteKey)));
  const seenFigures = new Set(earlier.flatMap((s) => s.figures.map(figureKey)));
  const seenGist = new Set(earlier.flatMap((s) => s.gist.map(sentenceKey)));
  // A quote the earlier article had in part ("we will rebuild") is not news when it grows a few words.
  const quoteIsNew = (q: Quote) => ![...seenQuotes].some((k) => k.includes(quoteKey(q)) || quoteKey(q).includes(k));
  const quotes = current.quotes.filter((q) => q.key && quoteIsNew(q));
  const figures = current.figures.filter((f) => f.key && !seenFigures.has(figureKey(f)));
  if (quotes.length === 0 && figures.length === 0) return null;
  return { ...current, gist: current.gist.filter((g) => !seenGist.has(sentenceKey(g))), quotes, figures };
}
