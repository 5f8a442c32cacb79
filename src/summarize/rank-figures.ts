import type { Figure } from '../domain/summary.js';
import type { FoundFigure } from './find-figures.js';
import { FEATURE_NAMES, figureFeatures, isNeighbourOf } from './figure-features.js';
import { KEY_FIGURE_MODEL } from './key-figure-model.js';
import type { Lexicon } from './lexicon.js';
import type { ArticleFrame } from './rank.js';

/** Below this a count is of matches, lines, charges or areas more often than of people, homes or jobs. */
const SMALL_COUNT = 100;
/** How far after the news value its older level may be told: the next sentence or two. */
const OLDER_REACH = 300;
const NUMBER = /\d+(?:[.,\s]\d+)*/g;
/** A number of a headline that is no part of a code ("B40", "A7") or a score ("3-1", "2:0"). */
const TITLE_NUMBER = /(?<![\p{L}\p{N}]|\d\s?[-–:]\s?)\d+(?:[.,\s]\d+)*(?!\s?[-–:]\s?\d)/gu;
/** A year standing alone: not part of a longer number ("2.019", "20234"). */
const YEAR = /(?<![\p{N}.,])(?:19|20)\d\d(?!\p{N}|[.,]\p{N})/u;
/** A full stop, question or exclamation mark before a space, or a line break: not the point in "3.8" or "1.100". */
const endsSentence = (text: string, i: number): boolean => {
  // By code, not a regex per character: this reads every character of each figure's sentence.
  const c = text.charCodeAt(i);
  return c === 0x0a || ((c === 0x2e || c === 0x21 || c === 0x3f) && /\s/.test(text[i + 1] ?? ' '));
};

/** The sentence holding `at`, up to it. */
function sentenceBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  return text.slice(start, at);
}

/** The text of the sentence holding `at`: an abbreviation's point ("Mio. Euro") ends it early, which only shortens what is searched. */
function sentenceAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && !endsSentence(text, end)) end++;
  return sentenceBefore(text, at) + text.slice(at, end);
}

/** What the ranker reads of an article's figures before choosing (also what a learned ranker's features start from). */
export interface FigureSignals {
  /** The figures in reading order, one per value and unit. */
  unique: FoundFigure[];
  /** The headline gives it, by value or by its digits. */
  inTitle: (f: FoundFigure) => boolean;
  inLead: (f: FoundFigure) => boolean;
  /** A small count: a detail of the story, not its scale. */
  small: (f: FoundFigure) => boolean;
  /** Told in a sentence naming a year or a period before the news. */
  dated: (f: FoundFigure) => boolean;
  /** A part of a total told before it ("davon 12"). */
  breakdown: (f: FoundFigure) => boolean;
  /** An older level of a measure the news value was told just before: "… 4.280 vacatures. Een jaar eerder waren dat er nog 3.150". */
  older: (f: FoundFigure) => boolean;
  /** What may be boxed at all, in reading order. */
  candidates: FoundFigure[];
  /** How many times the article tells this value, in any unit. */
  toldTimes: (f: FoundFigure) => number;
}

const COUNTS: ReadonlySet<FoundFigure['kind']> = new Set(['thing', 'bare']);
/** Both amounts of one measure: of one kind and unit, or both counts (a total's part may be told bare, "davon 300"). */
const sameMeasure = (g: FoundFigure, f: FoundFigure): boolean => (g.kind === f.kind && g.unit === f.unit) || (COUNTS.has(g.kind) && COUNTS.has(f.kind));

/** What an editor may box of its kind: not a span of time, not a small bare number ("2 of them") but a toll ("46 ficaram feridas"). */
const boxable = (f: FoundFigure): boolean => f.kind !== 'duration' && !(f.kind === 'bare' && f.value < SMALL_COUNT && !f.toll);

/** The signals of `figures` that rankFigures weighs. */
export function figureSignals(
  figures: readonly FoundFigure[],
  frame: ArticleFrame,
  /** The body the figures were found in: its length places them, their sentences date them. */
  text: string,
  /** The language's words for a period before the news ("last year") and for a breakdown ("of which"). */
  lex: Lexicon,
): FigureSignals {
  const seen = new Set<string>();
  const unique = figures.filter((f) => {
    const id = `${f.value}|${f.unit}`;
    return !seen.has(id) && seen.add(id);
  });
  const numbersOf = (s: string): string[] => s.match(NUMBER) ?? [];
  // The headline's figures are matched by value and unit where the body tells them (`headline`); a number the figure
  // reader leaves out of a headline ("9 são presos", "M 6,1") names the first figure the body tells with its digits. Over
  // "… linha de 45 milhões", a "45%" told further down shares the digits, not the figure; a score ("3-1") or a code ("B40") names none.
  const headlineFigures = new Set<FoundFigure>(unique.filter((f) => f.headline));
  const toldByHeadline = new Set([...headlineFigures].flatMap((f) => numbersOf(f.text)));
  for (const n of frame.title?.match(TITLE_NUMBER) ?? []) {
    if (toldByHeadline.has(n)) continue;
    const first = unique.find((f) => numbersOf(f.text).includes(n));
    if (first) headlineFigures.add(first);
  }
  const inTitle = (f: FoundFigure): boolean => headlineFigures.has(f);
  const inLead = (f: FoundFigure): boolean => f.at < frame.lead.length;
  // "38 midwife vacancies", "14 people living in five rooms": the lead's count of people, homes or jobs is the story's scale, however small.
  const ofPeopleInLead = (f: FoundFigure): boolean => inLead(f) && f.unit !== null && lex.peopleWords.has(f.unit.toLowerCase());
  const small = (f: FoundFigure): boolean => f.kind === 'thing' && f.value < SMALL_COUNT && !f.part && !f.toll && !ofPeopleInLead(f);
  const dated = (f: FoundFigure): boolean => {
    // In the lead only a level of a measure told before ("R$ 812,40 … Em janeiro custava R$ 757,80") is dated: the news is told there.
    if (inLead(f) && !unique.some((g) => g.kind === f.kind && g.unit === f.unit && g.at < f.at)) return false;
    const sentence = sentenceAt(text, f.at);
    return YEAR.test(sentence) || lex.pastRe.test(sentence);
  };
  // "1.200 Wohnungen, davon 300 Sozialwohnungen", "80 salariés, parmi lesquels 12 cadres": a part of a total told before.
  // With no larger amount of its kind before it ("Allein im Ackerbau beziffert die Kammer den Schaden auf 85 Millionen
  // Euro"), the word only stresses the figure: there is no total to be a part of.
  // The word may open the sentence ahead of a list: "Of that, £6.8m went ...", "L'enveloppe se répartit en trois volets : 540 millions".
  const breakdown = (f: FoundFigure): boolean =>
    !inTitle(f) && lex.breakdownRe.test(sentenceBefore(text, f.at)) && unique.some((g) => g.at < f.at && g.value > f.value && sameMeasure(g, f));
  // A period before the news told in this figure's sentence, after the news value, makes it the measure's older level:
  // "143 mensen …, meer dan een jaar eerder, toen 98 mensen"; "… £104 on last year. It faces a gap of £9.2m" is news of its own.
  const older = (f: FoundFigure): boolean => {
    if (inTitle(f)) return false;
    const sentenceStart = f.at - sentenceBefore(text, f.at).length;
    return unique.some(
      (g) => g.at < f.at && f.at - g.at <= OLDER_REACH && sameMeasure(g, f) && lex.pastRe.test(text.slice(Math.max(g.at + g.text.length, sentenceStart), f.at)),
    );
  };
  const candidates = unique.filter(
    // One of something ("1 bag") is never what an editor boxes.
    // A difference ("46.000 euro meer dan vorig jaar") is boxed only when the headline gives it: the level it departs from is the figure.
    // A span of time weighs nothing, unless the headline gives it: the sentence or the wait the story is about ("4 jaar cel", "esperas de hasta 19 horas").
    (f) =>
      (boxable(f) || (f.kind === 'duration' && inTitle(f))) &&
      !f.aside &&
      !f.compared &&
      !(f.difference && !inTitle(f)) &&
      !(f.kind === 'thing' && f.value <= 1) &&
      !breakdown(f) &&
      !older(f),
  );
  const times = new Map<number, number>();
  for (const f of figures) times.set(f.value, (times.get(f.value) ?? 0) + 1);
  const toldTimes = (f: FoundFigure): number => times.get(f.value) ?? 0;
  return { unique, inTitle, inLead, small, dated, breakdown, older, candidates, toldTimes };
}

/** How the model's scores pick the figures to box. */
export interface KeyFigureRule {
  /** Past `minK`, a figure is boxed only while its score, less its costs, reaches this. */
  threshold: number;
  minK: number;
  maxK: number;
  /** What each share or measure already boxed costs the next of its kind: an editor boxes a story's main rate, not three. */
  repeat: number;
  /** What a neighbour of a boxed value costs (the level before, a forecast, another estimate): see isNeighbourOf. */
  neighbour: number;
}
const REPEATED_KINDS: ReadonlySet<FoundFigure['kind']> = new Set(['percent', 'unit']);

/** The order the rule's costs box candidates in, best first: each pick's index and its worth (score less its costs) when picked. */
export interface BoxingOrder {
  picks: number[];
  worth: number[];
}

/**
 * The first `maxK` indices of `candidates` in the order the rule's costs box them, each with its worth when picked; a value
 * picked in one unit is not picked again in another. The order does not depend on the threshold or the minimum, which
 * only cut it short (boxedOf): a rule's trainer reads one order for all of them.
 */
export function boxingOrder(
  candidates: readonly FoundFigure[],
  scores: readonly number[],
  costs: Pick<KeyFigureRule, 'repeat' | 'neighbour'>,
  maxK: number,
): BoxingOrder {
  const left = candidates.map((_, i) => i);
  const picks: number[] = [];
  const worths: number[] = [];
  const ofKind = new Map<FoundFigure['kind'], number>();
  const worth = (i: number): number => {
    const f = candidates[i]!;
    let s = scores[i]!;
    if (REPEATED_KINDS.has(f.kind)) s -= costs.repeat * (ofKind.get(f.kind) ?? 0);
    for (const c of picks) if (isNeighbourOf(f, candidates[c]!)) s -= costs.neighbour;
    return s;
  };
  while (picks.length < maxK && left.length) {
    let best = left[0]!;
    let bestWorth = worth(best);
    for (const i of left) {
      const w = worth(i);
      if (w > bestWorth) [best, bestWorth] = [i, w];
    }
    picks.push(best);
    worths.push(bestWorth);
    const f = candidates[best]!;
    ofKind.set(f.kind, (ofKind.get(f.kind) ?? 0) + 1);
    for (let k = left.length - 1; k >= 0; k--) if (candidates[left[k]!]!.value === f.value) left.splice(k, 1);
  }
  return { picks, worth: worths };
}

/** The picks of `order` the rule boxes: always `minK`, then each while its worth reaches the threshold, at most `maxK`. */
export function boxedOf(order: BoxingOrder, rule: Pick<KeyFigureRule, 'threshold' | 'minK' | 'maxK'>): Set<number> {
  let k = 0;
  while (k < Math.min(rule.maxK, order.picks.length) && (k < rule.minK || order.worth[k]! >= rule.threshold)) k++;
  return new Set(order.picks.slice(0, k));
}

/** The indices of `candidates` to box, best score (less its costs) first; a value boxed in one unit is not boxed again in another. */
export function boxFigures(candidates: readonly FoundFigure[], scores: readonly number[], rule: KeyFigureRule): Set<number> {
  return boxedOf(boxingOrder(candidates, scores, rule, rule.maxK), rule);
}

/**
 * Figures in reading order, one per value and unit. Key ones are what an
 * editor would box, by a model learned from the dev set's key labels
 * (KEY_FIGURE_MODEL over figure-features.ts; regenerate it with the command in
 * key-figure-model.ts): the headline's numbers and the lead's, money and large
 * counts before measures, earlier before later, a share or measure before a
 * second one, a sum or count before its neighbour. Never key, whatever the
 * model says: conversions and restatements ("(€1.9 billion)", ", or 9%"), the
 * far side of a comparison, the whole a part is told of, the parts a total is
 * broken down into ("davon 12"), a difference the headline does not give, one
 * of something, a value already boxed in another unit ("620 licenziamenti",
 * "620 famiglie"), spans of time (but for one the headline gives), small bare numbers.
 */
export function rankFigures(
  figures: readonly FoundFigure[],
  frame: ArticleFrame,
  /** The body the figures were found in: its length places them, their sentences date them. */
  text: string,
  /** The language's words for a period before the news ("last year") and for a breakdown ("of which"). */
  lex: Lexicon,
): Figure[] {
  const sig = figureSignals(figures, frame, text, lex);
  const { bias, weights, rule } = KEY_FIGURE_MODEL;
  const scores = figureFeatures(sig, frame, text, lex).map((row) => row.reduce((s, v, j) => s + weights[FEATURE_NAMES[j]!] * v, bias));
  const key = new Set([...boxFigures(sig.candidates, scores, rule)].map((i) => sig.candidates[i]!));
  return sig.unique.map((f) => ({ value: f.value, unit: f.unit, text: f.text, approx: f.approx, key: key.has(f), counts: f.counts }));
}
