import type { Figure } from '../domain/summary.js';
import type { FoundFigure } from './find-figures.js';
import type { Lexicon } from './lexicon.js';
import type { ArticleFrame } from './rank.js';

/** How much each kind of figure weighs for a reader: money first, then shares and counts, measures little. */
const KIND_WEIGHT: Record<FoundFigure['kind'], number> = { currency: 3, thing: 1, percent: 1.5, unit: 0.5, duration: 0, bare: 0 };
/**
 * What the other signals add or take, measured on the development set: the
 * headline and the lead (an editor boxes the numbers the story opens with),
 * the sentences just after the lead (where the story's second facts go), a
 * count in the tens of thousands or more (the scale of the story), a rate per unit, a small count (not of people the lead tells) and a small sum (details: a fee, a fine, a voucher), a toll of dead or missing (news
 * however small), the place in the body (a point per `placeWords` words) and
 * a sentence past the lead naming a year or a period before the news
 * (background or outlook: "ha chiuso il 2023 con ricavi per 1,4 miliardi",
 * "L'an dernier, les grèves avaient coûté 300 millions d'euros").
 */
const WEIGHT = {
  title: 1,
  lead: 2,
  afterLead: 0.5,
  largeCount: 0.5,
  perUnit: -1,
  smallCount: -2,
  smallSum: -1,
  toll: 1,
  placeWords: 800,
  dated: -1,
};
/** How far into the body (words) a figure past the lead still sits right after it. */
const AFTER_LEAD_WORDS = 120;
/** Past the first two key figures, one from outside the lead is boxed only if it weighs this much, or comes within `gap` of the best. */
const THIRD_FIGURE = { weight: 3, gap: 1.5 };
/**
 * What each key share or measure already chosen costs the next of its kind:
 * an editor boxes the main rate of a story, not three of its percentages.
 */
const REPEAT_COST: Partial<Record<FoundFigure['kind'], number>> = { percent: 2, unit: 2 };
/**
 * A sum or a count told after one already boxed, within half again of it and in
 * the same unit, is its neighbour, not a second fact: the level before ("Em
 * janeiro custava R$ 757,80"), the forecast ("esperavam R$ 1,62 bilhão"),
 * another source's estimate ("de vakbonden spreken van 35.000"). Told before
 * it, it is the level the news starts from ("ketika ini RM9.40 … boleh mencecah
 * RM10.15"). It costs this much.
 */
const NEIGHBOUR = { ratio: 1.5, cost: 3 };

/** Below this a count is of matches, lines, charges or areas more often than of people, homes or jobs. */
const SMALL_COUNT = 100;
/** From this a count tells how big the story is ("12.400 warga", "58,000 murid"), not a detail of it. */
const LARGE_COUNT = 10_000;
/** Below this a sum of money is what one person pays or gets ("a $200 voucher", "RM120"), not the story's stake. */
const SMALL_SUM = 10_000;
const NUMBER = /\d+(?:[.,\s]\d+)*/g;
/** A number of a headline that is no part of a code ("B40", "A7") or a score ("3-1", "2:0"). */
const TITLE_NUMBER = /(?<![\p{L}\p{N}]|\d\s?[-–:]\s?)\d+(?:[.,\s]\d+)*(?!\s?[-–:]\s?\d)/gu;
/** A year standing alone: not part of a longer number ("2.019", "20234"). */
const YEAR = /(?<![\p{N}.,])(?:19|20)\d\d(?!\p{N}|[.,]\p{N})/u;
/**
 * How many figures an editor boxes at most. A fourth, measured on the
 * development set, was right about one time in four: less than half the
 * selection's F1, so boxing it cost more than it brought.
 */
const MAX_KEY_FIGURES = 3;

/** A full stop, question or exclamation mark before a space, or a line break: not the point in "3.8" or "1.100". */
const endsSentence = (text: string, i: number): boolean => {
  // By code, not a regex per character: this reads every character of each figure's sentence.
  const c = text.charCodeAt(i);
  return c === 0x0a || ((c === 0x2e || c === 0x21 || c === 0x3f) && /\s/.test(text[i + 1] ?? ' '));
};

const CLAUSE_BREAK = new Set([',', ';', ':']);

/** The clause before `at` in its sentence: from the last comma, semicolon or colon, or the sentence's start. */
function clauseBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1) && !CLAUSE_BREAK.has(text[start - 1]!)) start--;
  return text.slice(start, at);
}

/** The text of the sentence holding `at`: an abbreviation's point ("Mio. Euro") ends it early, which only shortens what is searched. */
function sentenceAt(text: string, at: number): string {
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  let end = at;
  while (end < text.length && !endsSentence(text, end)) end++;
  return text.slice(start, end);
}

/** A sum of money or a count of things (a bare number counts the same): what can have a neighbour value. */
const isSumOrCount = (f: FoundFigure): boolean => f.kind === 'currency' || f.kind === 'thing' || f.kind === 'bare';
/** True when `f`, told after the boxed `g`, is its neighbour value: both sums or both counts, same unit, within NEIGHBOUR.ratio. */
export function isNeighbourOf(f: FoundFigure, g: FoundFigure): boolean {
  return (
    isSumOrCount(f) &&
    isSumOrCount(g) &&
    g.at < f.at &&
    (g.kind === 'currency') === (f.kind === 'currency') &&
    (g.unit === f.unit || (f.kind !== 'currency' && (g.unit === null || f.unit === null))) &&
    Math.max(f.value, g.value) <= NEIGHBOUR.ratio * Math.min(f.value, g.value)
  );
}

/** A bare number counts what the sentence talks of ("van 500.000 naar 483.000 per jaar", "i casi sono circa 4,3 milioni"): a count when it is large, a detail when small. */
const weightOf = (f: FoundFigure): number =>
  f.kind === 'thing' || (f.kind === 'bare' && f.value >= SMALL_COUNT)
    ? KIND_WEIGHT.thing + (f.value >= LARGE_COUNT ? WEIGHT.largeCount : 0)
    : KIND_WEIGHT[f.kind];

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
  /** What may be boxed at all, in reading order. */
  candidates: FoundFigure[];
  /** The hand-weighted score of a figure. */
  score: (f: FoundFigure) => number;
}

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
  const wordsPerChar = frame.words / Math.max(text.length, 1);
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
  const breakdown = (f: FoundFigure): boolean => !inTitle(f) && lex.breakdownRe.test(clauseBefore(text, f.at));
  const score = (f: FoundFigure): number =>
    weightOf(f) +
    (dated(f) ? WEIGHT.dated : 0) +
    (inTitle(f) ? WEIGHT.title : 0) +
    (inLead(f) ? WEIGHT.lead : 0) +
    (!inLead(f) && f.at * wordsPerChar < AFTER_LEAD_WORDS ? WEIGHT.afterLead : 0) +
    (f.perUnit ? WEIGHT.perUnit : 0) +
    (small(f) ? WEIGHT.smallCount : 0) +
    (f.kind === 'currency' && f.value < SMALL_SUM ? WEIGHT.smallSum : 0) +
    (f.toll ? WEIGHT.toll : 0) -
    (f.at * wordsPerChar) / WEIGHT.placeWords;
  const candidates = unique.filter(
    // One of something ("1 bag") is never what an editor boxes.
    // A difference ("46.000 euro meer dan vorig jaar") is boxed only when the headline gives it: the level it departs from is the figure.
    // A span of time weighs nothing, unless the headline gives it: the sentence or the wait the story is about ("4 jaar cel", "esperas de hasta 19 horas").
    (f) =>
      (weightOf(f) > 0 || (f.kind === 'duration' && inTitle(f))) &&
      !f.aside &&
      !f.compared &&
      !(f.difference && !inTitle(f)) &&
      !(f.kind === 'thing' && f.value <= 1) &&
      !breakdown(f),
  );
  return { unique, inTitle, inLead, small, dated, breakdown, candidates, score };
}

/**
 * Figures in reading order, one per value and unit. Key ones are what an
 * editor would box: a number the headline gives, where the body first tells it;
 * every figure of the lead while slots remain, money before
 * shares and counts before measures, earlier before later, one share or
 * measure before a second one, a sum or count before its neighbour (a value told
 * after one boxed, within half again of it: the level before, a forecast, another estimate); rates per unit, small counts and small sums weigh less, a
 * toll of dead or missing more, a figure just past the lead and a count in the
 * tens of thousands a little more, one told in a dated sentence past the lead
 * less. Never key: conversions and restatements
 * ("(€1.9 billion)", ", or 9%"), the far side of a comparison, the whole a
 * part is told of, the parts a total is broken down into ("davon 12"), a value already boxed in another unit ("620 licenziamenti",
 * "620 famiglie"), spans of time (but for one the headline gives, even "up to" one), bare numbers. Two or three, by how much
 * the third weighs.
 */
export function rankFigures(
  figures: readonly FoundFigure[],
  frame: ArticleFrame,
  /** The body the figures were found in: its length places them, their sentences date them. */
  text: string,
  /** The language's words for a period before the news ("last year") and for a breakdown ("of which"). */
  lex: Lexicon,
): Figure[] {
  const { unique, inTitle, inLead, small, candidates, score } = figureSignals(figures, frame, text, lex);
  const scores = new Map(candidates.map((f) => [f, score(f)]));
  const key = new Set<FoundFigure>();
  const chosenOfKind = new Map<FoundFigure['kind'], number>();
  const neighbour = (f: FoundFigure): boolean => {
    for (const g of key) if (isNeighbourOf(f, g)) return true;
    return false;
  };
  const worth = (f: FoundFigure): number => scores.get(f)! - (REPEAT_COST[f.kind] ?? 0) * (chosenOfKind.get(f.kind) ?? 0) - (neighbour(f) ? NEIGHBOUR.cost : 0);
  const choose = (f: FoundFigure): void => {
    key.add(f);
    // The same number told again in another unit is the same figure.
    for (let i = left.length - 1; i >= 0; i--) if (left[i] === f || left[i]!.value === f.value) left.splice(i, 1);
    chosenOfKind.set(f.kind, (chosenOfKind.get(f.kind) ?? 0) + 1);
  };
  const left = [...candidates];
  let top = -Infinity;
  // A number the headline gives is the story's own: boxed whatever else it weighs.
  for (const f of candidates.filter(inTitle).slice(0, MAX_KEY_FIGURES)) {
    if (!left.includes(f)) continue;
    top = Math.max(top, worth(f));
    choose(f);
  }
  while (key.size < MAX_KEY_FIGURES && left.length > 0) {
    const best = left.reduce((a, b) => (worth(b) > worth(a) ? b : a));
    const value = worth(best);
    if (key.size >= 2 && (!inLead(best) || small(best)) && value < THIRD_FIGURE.weight && value < top - THIRD_FIGURE.gap) break;
    top = Math.max(top, value);
    choose(best);
  }
  return unique.map((f) => ({ value: f.value, unit: f.unit, text: f.text, approx: f.approx, key: key.has(f), counts: f.counts }));
}
