import type { Figure, Quote } from '../domain/summary.js';
import type { CreditedQuote } from './credit-quotes.js';
import type { FoundFigure } from './find-figures.js';
import type { InterruptedQuote } from './split-interrupted.js';

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

const normalized = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Quotes in reading order, names and titles of works dropped. Key ones are
 * what an editor keeps: the first substantive statement of each actor in the
 * order they speak, which puts the headline's and the lead's actors first; a
 * quote carrying a number fills a slot left free. Fragments, short replies,
 * continuations of a speaker already kept and teasers repeating a later
 * quote are never key. One to three, by the article's length and how many
 * actors speak.
 */
export function rankQuotes(quotes: readonly (CreditedQuote & Pick<InterruptedQuote, 'continues'>)[], frame: ArticleFrame): Quote[] {
  const kept = quotes.filter((q) => q.kind !== 'name');
  const seen = new Set<string>();
  const unique = kept.filter((q) => !seen.has(q.text) && seen.add(q.text));
  const texts = unique.map((q) => normalized(q.text));
  // A teaser or subheading repeats a quote of the body: the body's one counts.
  const repeated = (i: number): boolean => texts.some((t, j) => j > i && t.length > 0 && (t.includes(texts[i]!) || texts[i]!.includes(t)));
  // "Not a shortage of doctors," she said, "but of doctors in the right place": an opening cut short by its credit line says as much as the whole.
  const continued = (i: number): boolean => {
    const q = unique[i]!;
    const next = unique[i + 1];
    return next !== undefined && next.speaker === q.speaker && next.paragraph === q.paragraph;
  };
  const words = (i: number): number => unique[i]!.words + (continued(i) ? unique[i + 1]!.words : 0);
  // « Nous investissons maintenant, a expliqué l'élue. Chaque année… »: an opening too short to read as
  // a statement, resumed inside the same marks after its credit line, is the statement's start.
  const opening = (i: number): boolean => unique[i]!.kind === 'fragment' && continued(i) && unique[i + 1]!.continues === true;
  const candidates = unique.filter((q, i) => (q.kind === 'statement' || opening(i)) && q.speaker && words(i) >= MIN_KEY_QUOTE_WORDS && !repeated(i));

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

/** How much each kind of figure weighs for a reader: money first, then shares and counts, measures little. */
const KIND_WEIGHT: Record<FoundFigure['kind'], number> = { currency: 3, thing: 1, percent: 1.5, unit: 0.5, duration: 0, bare: 0 };
/**
 * What the other signals add or take, measured on the development set: the
 * headline and the lead (an editor boxes the numbers the story opens with),
 * a rate per unit and a small count (details), a toll of dead or missing (news
 * however small), and the place in the body (a point per `placeWords` words).
 */
const WEIGHT = { title: 1, lead: 2, perUnit: -1, smallCount: -2, toll: 1, placeWords: 800 };
/** Past the first two key figures, one from outside the lead is boxed only if it weighs this much, or comes within `gap` of the best. */
const THIRD_FIGURE = { weight: 3, gap: 1.5 };
/**
 * What each key share or measure already chosen costs the next of its kind:
 * an editor boxes the main rate of a story, not three of its percentages.
 */
const REPEAT_COST: Partial<Record<FoundFigure['kind'], number>> = { percent: 2, unit: 2 };
/** Below this a count is of matches, lines, charges or areas more often than of people, homes or jobs. */
const SMALL_COUNT = 100;
const NUMBER = /\d+(?:[.,\s]\d+)*/g;
/** Body length (words) from which an article earns a fourth key figure. */
const FOURTH_FIGURE_FROM = 400;

/**
 * Figures in reading order, one per value and unit. Key ones are what an
 * editor would box: a number the headline gives, wherever the body tells it;
 * every figure of the lead while slots remain, money before
 * shares and counts before measures, earlier before later, one share or
 * measure before a second one; rates per unit and small counts weigh less, a
 * toll of dead or missing more. Never key: conversions and restatements
 * ("(€1.9 billion)", ", or 9%"), the far side of a comparison, the whole a
 * part is told of, spans of time, bare numbers. Two to four, by the article's
 * length and by how much the third and fourth weigh.
 */
export function rankFigures(figures: readonly FoundFigure[], frame: ArticleFrame, textLength: number): Figure[] {
  const seen = new Set<string>();
  const unique = figures.filter((f) => {
    const id = `${f.value}|${f.unit}`;
    return !seen.has(id) && seen.add(id);
  });
  const titleNumbers = new Set((frame.title ?? '').match(NUMBER) ?? []);
  const inTitle = (f: FoundFigure): boolean => (f.text.match(NUMBER) ?? []).some((n) => titleNumbers.has(n));
  const inLead = (f: FoundFigure): boolean => f.at < frame.lead.length;
  const wordsPerChar = frame.words / Math.max(textLength, 1);
  const small = (f: FoundFigure): boolean => f.kind === 'thing' && f.value < SMALL_COUNT && !f.part && !f.toll;
  const score = (f: FoundFigure): number =>
    KIND_WEIGHT[f.kind] +
    (inTitle(f) ? WEIGHT.title : 0) +
    (inLead(f) ? WEIGHT.lead : 0) +
    (f.perUnit ? WEIGHT.perUnit : 0) +
    (small(f) ? WEIGHT.smallCount : 0) +
    (f.toll ? WEIGHT.toll : 0) -
    (f.at * wordsPerChar) / WEIGHT.placeWords;
  const slots = frame.words >= FOURTH_FIGURE_FROM ? 4 : 3;
  const candidates = unique.filter(
    // One of something ("1 bag") is never what an editor boxes.
    (f) => KIND_WEIGHT[f.kind] > 0 && !f.aside && !f.compared && !(f.kind === 'thing' && f.value <= 1),
  );
  const scores = new Map(candidates.map((f) => [f, score(f)]));
  const key = new Set<FoundFigure>();
  const chosenOfKind = new Map<FoundFigure['kind'], number>();
  const worth = (f: FoundFigure): number => scores.get(f)! - (REPEAT_COST[f.kind] ?? 0) * (chosenOfKind.get(f.kind) ?? 0);
  const choose = (f: FoundFigure): void => {
    left.splice(left.indexOf(f), 1);
    key.add(f);
    chosenOfKind.set(f.kind, (chosenOfKind.get(f.kind) ?? 0) + 1);
  };
  const left = [...candidates];
  let top = -Infinity;
  // A number the headline gives is the story's own: boxed whatever else it weighs.
  for (const f of candidates.filter(inTitle).slice(0, slots)) {
    top = Math.max(top, worth(f));
    choose(f);
  }
  while (key.size < slots && left.length > 0) {
    const best = left.reduce((a, b) => (worth(b) > worth(a) ? b : a));
    const value = worth(best);
    if (key.size >= 2 && (!inLead(best) || small(best)) && value < THIRD_FIGURE.weight && value < top - THIRD_FIGURE.gap) break;
    top = Math.max(top, value);
    choose(best);
  }
  return unique.map((f) => ({ value: f.value, unit: f.unit, text: f.text, approx: f.approx, key: key.has(f), counts: f.counts }));
}
