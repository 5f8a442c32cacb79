import type { Quote } from '../domain/summary.js';
import type { CreditedQuote } from './credit-quotes.js';
import type { InterruptedQuote } from './split-interrupted.js';

export { rankFigures } from './rank-figures.js';

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
