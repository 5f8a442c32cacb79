import type { Figure, Quote } from '../domain/summary.js';
import type { CreditedQuote } from './credit-quotes.js';
import type { FoundFigure } from './find-figures.js';

/** What an editor reads before choosing: the headline, the lead and how long the piece is. */
export interface ArticleFrame {
  title: string | null;
  /** The first paragraphs, where the news and its main actors are named. */
  lead: string;
  /** Words in the body. */
  words: number;
}

/** A key quote says something: shorter ones are replies, exclamations or fragments. */
const MIN_KEY_QUOTE_WORDS = 7;
/** Body length (words) from which an article earns a second and a third key quote. */
const QUOTE_SLOTS_FROM = [0, 200, 500];

const normalized = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Quotes in reading order, names and titles of works dropped. Key ones are
 * what an editor keeps: the first substantive statement of each actor in the
 * order they speak, which puts the headline's and the lead's actors first; a
 * quote carrying a number fills a slot left free. Fragments, short replies,
 * continuations of a speaker already kept and teasers repeating a later
 * quote are never key. One to three, by the article's length and how many
 * actors speak.
 */
export function rankQuotes(quotes: readonly CreditedQuote[], frame: ArticleFrame): Quote[] {
  const kept = quotes.filter((q) => q.kind !== 'name');
  const seen = new Set<string>();
  const unique = kept.filter((q) => !seen.has(q.text) && seen.add(q.text));
  const texts = unique.map((q) => normalized(q.text));
  // A teaser or subheading repeats a quote of the body: the body's one counts.
  const repeated = (i: number): boolean => texts.some((t, j) => j > i && t.length > 0 && (t.includes(texts[i]!) || texts[i]!.includes(t)));
  const candidates = unique.filter((q, i) => q.kind === 'statement' && q.speaker && q.words >= MIN_KEY_QUOTE_WORDS && !repeated(i));

  const firstBySpeaker = new Map<string, CreditedQuote>();
  for (const q of candidates) if (!firstBySpeaker.has(q.speaker!)) firstBySpeaker.set(q.speaker!, q);
  // Reading order: the actors of the headline and the lead speak first.
  const actors = [...firstBySpeaker.values()];
  // One speaker gets one key quote; two answering each other earn two even in a short piece.
  const bySize = QUOTE_SLOTS_FROM.filter((from) => frame.words >= from).length;
  const slots = actors.length <= 1 ? actors.length : Math.max(bySize, 2);
  const key = new Set(actors.slice(0, slots));
  if (key.size < slots) {
    const news = candidates.find((q) => !key.has(q) && /\p{N}/u.test(q.text));
    if (news) key.add(news);
  }
  return unique.map((q) => ({ text: q.text, speaker: q.speaker, key: key.has(q) }));
}

/** How much each kind of figure weighs for a reader: money and counts before shares and measures. */
export const KIND_WEIGHT: Record<FoundFigure['kind'], number> = { currency: 3, thing: 1, percent: 1.5, unit: 0.5, duration: 0, bare: 0 };
/**
 * What the other signals add or take: being in the headline and the lead (an
 * editor boxes the numbers the story opens with), sitting inside a quote or
 * being a rate per unit (details), and the place in the body (a point per
 * PLACE_WORDS words).
 */
export const FIGURE_WEIGHTS = { title: 1, lead: 2, quoted: 0, perUnit: -1, placeWords: 800, keep: 3, minKey: 3, gap: 1.5, topMoney: 0, small: -2, toll: 1 };
/**
 * What each key share or measure already chosen costs the next of its kind:
 * an editor boxes the main rate of a story, not three of its percentages.
 */
export const REPEAT_COST: Partial<Record<FoundFigure['kind'], number>> = { percent: 2, unit: 2 };
/** Below this a count is of matches, lines, charges or areas more often than of people, homes or jobs. */
const SMALL_COUNT = 100;
const NUMBER = /\d+(?:[.,\s]\d+)*/g;
/** Body length (words) from which an article earns a fourth key figure. */
const FOURTH_FIGURE_FROM = 400;

/**
 * Figures in reading order, one per value and unit. Key ones are what an
 * editor would box: the numbers of the headline and the lead first, money and
 * counts before shares and measures, earlier before later, one share or measure
 * before a second one; numbers inside quotes and rates per unit weigh less.
 * Never key: conversions and details in parentheses, the far side of a
 * comparison, the whole a part is told of, spans of time, bare numbers. Two
 * to four, by the article's length and by how much the third and fourth weigh.
 */
export function rankFigures(figures: readonly FoundFigure[], frame: ArticleFrame, textLength: number): Figure[] {
  const w = FIGURE_WEIGHTS;
  const seen = new Set<string>();
  const unique = figures.filter((f) => {
    const id = `${f.value}|${f.unit}`;
    return !seen.has(id) && seen.add(id);
  });
  const titleNumbers = new Set((frame.title ?? '').match(NUMBER) ?? []);
  const inTitle = (f: FoundFigure): boolean => (f.text.match(NUMBER) ?? []).some((n) => titleNumbers.has(n));
  const wordsPerChar = frame.words / Math.max(textLength, 1);
  // The largest sum of each currency is the story's money: what it costs, raises or loses.
  const topMoney = new Map<string | null, number>();
  for (const f of unique) if (f.kind === 'currency') topMoney.set(f.unit, Math.max(topMoney.get(f.unit) ?? 0, f.value));
  const score = (f: FoundFigure): number =>
    KIND_WEIGHT[f.kind] +
    (inTitle(f) ? w.title : 0) +
    (f.at < frame.lead.length ? w.lead : 0) +
    (f.quoted ? w.quoted : 0) +
    (f.perUnit ? w.perUnit : 0) +
    (f.kind === 'currency' && topMoney.get(f.unit) === f.value ? w.topMoney : 0) +
    (f.kind === 'thing' && f.value < SMALL_COUNT && !f.part && !f.toll ? w.small : 0) +
    (f.toll ? w.toll : 0) -
    (f.at * wordsPerChar) / w.placeWords;
  const slots = frame.words >= FOURTH_FIGURE_FROM ? 4 : 3;
  const candidates = unique.filter(
    // One of something ("1 bag") is never what an editor boxes.
    (f) => KIND_WEIGHT[f.kind] > 0 && !f.aside && !f.compared && !(f.kind === 'thing' && f.value <= 1),
  );
  const key = new Set<FoundFigure>();
  const chosenOfKind = new Map<FoundFigure['kind'], number>();
  const worth = (f: FoundFigure): number => score(f) - (REPEAT_COST[f.kind] ?? 0) * (chosenOfKind.get(f.kind) ?? 0);
  const left = [...candidates];
  let top = -Infinity;
  while (key.size < slots && left.length > 0) {
    const best = left.reduce((a, b) => (worth(b) > worth(a) ? b : a));
    // Past the first two, a figure must weigh enough to be boxed.
    if (key.size >= 2 && key.size >= w.minKey - 1 && best.at >= frame.lead.length && worth(best) < w.keep && worth(best) < top - w.gap) break;
    top = Math.max(top, worth(best));
    left.splice(left.indexOf(best), 1);
    key.add(best);
    chosenOfKind.set(best.kind, (chosenOfKind.get(best.kind) ?? 0) + 1);
  }
  return unique.map((f) => ({ value: f.value, unit: f.unit, text: f.text, approx: f.approx, key: key.has(f), counts: f.counts }));
}
