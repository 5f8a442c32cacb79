import type { Figure, Quote } from '../domain/summary.js';
import type { CreditedQuote } from './credit-quotes.js';
import type { FoundFigure } from './find-figures.js';

/** How many key quotes and key figures a reader is shown at most. */
export const MAX_KEY_QUOTES = 5;
export const MAX_KEY_FIGURES = 6;
/** A key quote says something: shorter ones are exclamations or fragments. */
const MIN_KEY_QUOTE_WORDS = 6;

/**
 * Quotes in reading order, names and titles of works dropped; key ones are
 * whole statements with a speaker, the most informative (longest, capped so a
 * speech does not beat three statements) first.
 */
export function rankQuotes(quotes: readonly CreditedQuote[]): Quote[] {
  const kept = quotes.filter((q) => q.kind !== 'name');
  const seen = new Set<string>();
  const unique = kept.filter((q) => !seen.has(q.text) && seen.add(q.text));
  const candidates = unique
    .filter((q) => q.kind === 'statement' && q.speaker && q.words >= MIN_KEY_QUOTE_WORDS)
    .sort((a, b) => Math.min(b.words, 60) - Math.min(a.words, 60) || a.start - b.start)
    .slice(0, MAX_KEY_QUOTES);
  const key = new Set(candidates);
  return unique.map((q) => ({ text: q.text, speaker: q.speaker, key: key.has(q) }));
}

const KIND_WEIGHT: Record<FoundFigure['kind'], number> = { currency: 3, percent: 3, thing: 2.5, unit: 2, duration: 1, bare: 0 };
/** Spans of time ("95 minutes") are boxed only when the article has few stronger figures. */
const MIN_STRONG_BEFORE_DURATIONS = 3;

/**
 * Figures in reading order, one per value and unit; key ones are what an
 * editor would box: money, shares, counts of things and measures, earlier and
 * larger first; spans of time only when little else is there.
 */
export function rankFigures(figures: readonly FoundFigure[], textLength: number): Figure[] {
  const seen = new Set<string>();
  const unique = figures.filter((f) => {
    const id = `${f.value}|${f.unit}`;
    return !seen.has(id) && seen.add(id);
  });
  const score = (f: FoundFigure): number =>
    KIND_WEIGHT[f.kind] + Math.log10(Math.abs(f.value) + 1) * 0.15 + (1 - f.at / Math.max(textLength, 1)) * 0.5;
  const strong = unique.filter((f) => f.kind !== 'bare' && f.kind !== 'duration').length;
  const key = new Set(
    unique
      // One of something ("1 bag") is never what an editor boxes.
      .filter((f) => f.kind !== 'bare' && !(f.kind === 'thing' && f.value <= 1) && (f.kind !== 'duration' || strong < MIN_STRONG_BEFORE_DURATIONS))
      .sort((a, b) => score(b) - score(a))
      .slice(0, MAX_KEY_FIGURES),
  );
  return unique.map((f) => ({ value: f.value, unit: f.unit, text: f.text, approx: f.approx, key: key.has(f) }));
}
