/**
 * What the key-figure model reads of each figure that may be boxed: what
 * figureSignals tells of it, where it sits (paragraph, sentence, place in its
 * sentence), what else the article tells (how many figures, its rank among
 * those of its kind, of its unit, how often it tells the value, whether it is
 * the largest sum, a standing population) and what the story is about (its sentence's
 * and its counted noun's words in the headline, the first sentence told with a
 * figure, the lead's main actor in its sentence). Features
 * a candidate always has the same value of (an aside, a breakdown) are no
 * features: the hard exclusions keep such figures out before. Each figure
 * costs a walk over its paragraph up to it and a look at the figures before it.
 */
import { charRuns } from '../lang/index.js';
import { PARAGRAPH_BREAK } from './document.js';
import type { FoundFigure } from './find-figures.js';
import type { Lexicon } from './lexicon.js';
import type { ArticleFrame } from './rank.js';
import type { FigureSignals } from './rank-figures.js';

/** Within half again of each other: a level and the level before, a forecast, another estimate. */
const NEIGHBOUR_RATIO = 1.5;
/** A sum of money or a count of things (a bare number counts the same): what can have a neighbour value. */
const isSumOrCount = (f: FoundFigure): boolean => f.kind === 'currency' || f.kind === 'thing' || f.kind === 'bare';
/** True when `f`, told after `g`, is its neighbour value: both sums or both counts, same unit, within NEIGHBOUR_RATIO. */
export function isNeighbourOf(f: FoundFigure, g: FoundFigure): boolean {
  return (
    isSumOrCount(f) &&
    isSumOrCount(g) &&
    g.at < f.at &&
    (g.kind === 'currency') === (f.kind === 'currency') &&
    (g.unit === f.unit || (f.kind !== 'currency' && (g.unit === null || f.unit === null))) &&
    Math.max(f.value, g.value) <= NEIGHBOUR_RATIO * Math.min(f.value, g.value)
  );
}

export const FEATURE_NAMES = [
  'kindCurrency',
  'kindPercent',
  'kindUnit',
  'kindThing',
  'kindDuration',
  'kindBare',
  'inTitle',
  'headlineValue',
  'headlineOnly',
  'inLead',
  'firstParagraph',
  'secondParagraph',
  'paragraphIndex',
  'firstSentenceOfParagraph',
  'sentenceInParagraph',
  'leadSentence',
  'placeInSentence',
  'wordsBefore',
  'placeInText',
  'logValueMoney',
  'logValueCount',
  'percentValue',
  'rankOfKind',
  'largestOfKind',
  'firstOfKind',
  'candidateOrder',
  'firstCandidate',
  'approx',
  'inParentheses',
  'inQuote',
  'part',
  'perUnit',
  'toll',
  'dated',
  'small',
  'smallSum',
  'largeCount',
  'earlierNeighbour',
  'sameValueEarlier',
  'figuresInArticle',
  'sameKindInArticle',
  'headlineWordsInSentence',
  'hasCounts',
  'countsInHeadline',
  'firstOfUnit',
  'firstFigureSentence',
  'leadActorInSentence',
  'countsInLead',
  'countsRepeated',
  'largestMoney',
  'toldAgain',
  'standingCount',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Quote marks by char code: read for every character before each figure, where a set of one-character strings cost a string and a hash each. */
const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»'].map((q) => q.charCodeAt(0)));
const HEADLINE_WORD = /\p{L}{4,}/gu;
/** Below this a sum of money is what one person pays or gets; from this a count tells how big the story is. */
const SMALL_SUM = 10_000;
const LARGE_COUNT = 10_000;
const endsSentence = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 0x0a || ((c === 0x2e || c === 0x21 || c === 0x3f) && /\s/.test(text[i + 1] ?? ' '));
};
const lettersOf = charRuns(/\p{L}/u);
/** The letters a word shares with its inflections ("worker"/"workers", "tentara"/"tentaranya"): a stem cheap enough to match on. */
const STEM = 5;
/** Shorter words are function words or units ("km", "usd"), not what a story is about. */
const CONTENT_WORD = 4;
/** The stems of `text`'s content words. */
function stemsOf(text: string, lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const w of lettersOf(text.toLowerCase())) if (w.length >= CONTENT_WORD && !lex.stopwords.has(w)) out.add(w.slice(0, STEM));
  return out;
}
const LETTER = /\p{L}/u;
/** Code units of the letter (a surrogate pair as one) ending right before `at`, as `lettersOf` reads it; 0 for none. */
function letterBefore(text: string, at: number): number {
  if (at === 0) return 0;
  const low = text.charCodeAt(at - 1);
  const high = at > 1 ? text.charCodeAt(at - 2) : 0;
  if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(at - 2, at)) ? 2 : 0;
  return LETTER.test(text[at - 1]!) ? 1 : 0;
}
/** Where the run of letters from `at` ends. */
function letterRunEnd(text: string, at: number): number {
  for (;;) {
    const code = text.charCodeAt(at);
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    if (at >= text.length || !LETTER.test(text.slice(at, at + width))) return at;
    at += width;
  }
}
/**
 * Which lowercased paragraphs (`stemsOf` each) hold a stem, each stem searched for once per article: a figure's counted
 * words give a stem or two, where stemming every word of every paragraph built hundreds of strings an article.
 */
function paragraphsHolding(paragraphs: readonly string[], lex: Lexicon): (stem: string) => ReadonlySet<number> {
  const found = new Map<string, Set<number>>();
  const holds = (paragraph: string, stem: string): boolean => {
    for (let at = paragraph.indexOf(stem); at >= 0; at = paragraph.indexOf(stem, at + 1)) {
      if (letterBefore(paragraph, at)) continue;
      const word = paragraph.slice(at, letterRunEnd(paragraph, at));
      if (word.length >= CONTENT_WORD && !lex.stopwords.has(word) && word.slice(0, STEM) === stem) return true;
    }
    return false;
  };
  return (stem) => {
    let holding = found.get(stem);
    if (holding === undefined) {
      holding = new Set();
      for (let k = 0; k < paragraphs.length; k++) if (holds(paragraphs[k]!, stem)) holding.add(k);
      found.set(stem, holding);
    }
    return holding;
  };
}
const CAPITALIZED = /^\p{Lu}/u;
/** The lead's main actor: the name it repeats most (first on a tie), a capitalised word not opening a sentence. */
function leadActor(lead: string, lex: Lexicon): string | null {
  const seen = new Map<string, number>();
  let best: string | null = null;
  lead.split(/[.!?\n]\s+/).forEach((sentence) =>
    lettersOf(sentence)
      .slice(1)
      .forEach((w) => {
        if (w.length < CONTENT_WORD || !CAPITALIZED.test(w) || lex.stopwords.has(w.toLowerCase())) return;
        seen.set(w, (seen.get(w) ?? 0) + 1);
        if (best === null || seen.get(w)! > seen.get(best)!) best = w;
      }),
  );
  return best;
}
const log10 = (v: number): number => Math.log10(Math.max(Math.abs(v), 1e-3));
const clip = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Where each paragraph of `text` (joined by PARAGRAPH_BREAK) starts and ends. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf(PARAGRAPH_BREAK, start);
    out.push({ start, end: end < 0 ? text.length : end });
    if (end < 0) return out;
    start = end + PARAGRAPH_BREAK.length;
  }
}

/** One row of FEATURE_NAMES per candidate of `sig`, in its order. */
export function figureFeatures(sig: FigureSignals, frame: ArticleFrame, text: string, lex: Lexicon): number[][] {
  const { unique, candidates } = sig;
  const paragraphs = paragraphsOf(text);
  const wordsPerChar = frame.words / Math.max(text.length, 1);
  const titleWords = new Set((frame.title ?? '').toLowerCase().match(HEADLINE_WORD) ?? []);
  const indexOf = new Map(unique.map((f, i) => [f, i]));
  const titleStems = stemsOf(frame.title ?? '', lex);
  const actor = leadActor(frame.lead, lex);
  // Split like `paragraphs`: lowercasing makes and takes no paragraph break.
  const stemParagraphs = paragraphsHolding(text.toLowerCase().split(PARAGRAPH_BREAK), lex);
  const wholeLeadStems = stemsOf(frame.lead, lex);
  // Many figures count the same thing ("jobs", "people"): their stems read once per article.
  const countedStems = new Map<string, Set<string>>();
  const headlineOnly = (f: FoundFigure): boolean => f.headline === true && f.at === 0 && !text.startsWith(f.text.slice(0, 3));
  return candidates.map((f, order) => {
    const i = indexOf.get(f)!;
    const own = headlineOnly(f);
    const p = Math.max(
      0,
      paragraphs.findIndex((q) => f.at >= q.start && f.at <= q.end),
    );
    const para = paragraphs[p]!;
    let sStart = f.at;
    while (sStart > para.start && !endsSentence(text, sStart - 1)) sStart--;
    let sEnd = f.at;
    while (sEnd < para.end && !endsSentence(text, sEnd)) sEnd++;
    let sentenceIndex = 0;
    let quotes = 0;
    for (let j = para.start; j < f.at; j++) {
      if (endsSentence(text, j)) sentenceIndex++;
      if (QUOTE_MARKS.has(text.charCodeAt(j))) quotes++;
    }
    let depth = 0;
    for (let j = sStart; j < f.at; j++) {
      const c = text.charCodeAt(j);
      depth += c === 0x28 ? 1 : c === 0x29 ? -1 : 0;
    }
    const sentence = text.slice(sStart, sEnd).toLowerCase();
    let shared = 0;
    for (const w of titleWords) if (sentence.includes(w)) shared++;
    const sameKind = unique.filter((g) => g.kind === f.kind);
    const larger = sameKind.filter((g) => g.value > f.value).length;
    const earlier = unique.slice(0, i);
    const count = f.kind === 'thing' || f.kind === 'bare';
    const counted = `${f.unit ?? ''} ${f.counts}`;
    let countsStems = countedStems.get(counted);
    if (countsStems === undefined) {
      countsStems = stemsOf(counted, lex);
      countedStems.set(counted, countsStems);
    }
    // The lead less the figure's own sentence: what the story is about told apart from this figure.
    const leadStems = sStart < frame.lead.length ? stemsOf(frame.lead.slice(0, sStart) + frame.lead.slice(sEnd), lex) : wholeLeadStems;
    const repeated = new Set<number>();
    for (const w of countsStems) for (const k of stemParagraphs(w)) if (k !== p) repeated.add(k);
    const otherParagraphs = repeated.size;
    const row: Record<FeatureName, number> = {
      kindCurrency: +(f.kind === 'currency'),
      kindPercent: +(f.kind === 'percent'),
      kindUnit: +(f.kind === 'unit'),
      kindThing: +(f.kind === 'thing'),
      kindDuration: +(f.kind === 'duration'),
      kindBare: +(f.kind === 'bare'),
      inTitle: +sig.inTitle(f),
      headlineValue: +(f.headline === true),
      headlineOnly: +own,
      inLead: +sig.inLead(f),
      firstParagraph: +(p === 0),
      secondParagraph: +(p === 1),
      paragraphIndex: clip(p, 0, 10) / 10,
      firstSentenceOfParagraph: +(sentenceIndex === 0),
      sentenceInParagraph: clip(sentenceIndex, 0, 4) / 4,
      leadSentence: +(p === 0 && sentenceIndex === 0),
      placeInSentence: (f.at - sStart) / Math.max(sEnd - sStart, 1),
      wordsBefore: clip(f.at * wordsPerChar, 0, 800) / 800,
      placeInText: f.at / Math.max(text.length, 1),
      logValueMoney: f.kind === 'currency' ? clip(log10(f.value), -1, 13) / 13 : 0,
      logValueCount: count ? clip(log10(f.value), 0, 10) / 10 : 0,
      percentValue: f.kind === 'percent' ? clip(f.value, 0, 100) / 100 : 0,
      rankOfKind: clip(larger, 0, 4) / 4,
      largestOfKind: +(larger === 0),
      firstOfKind: +!earlier.some((g) => g.kind === f.kind),
      candidateOrder: clip(order, 0, 5) / 5,
      firstCandidate: +(order === 0),
      approx: +(f.approx !== null),
      inParentheses: +(depth > 0),
      inQuote: +(quotes % 2 === 1),
      part: +f.part,
      perUnit: +f.perUnit,
      toll: +f.toll,
      dated: +sig.dated(f),
      small: +sig.small(f),
      smallSum: +(f.kind === 'currency' && f.value < SMALL_SUM),
      largeCount: +(count && f.value >= LARGE_COUNT),
      earlierNeighbour: +earlier.some((g) => isNeighbourOf(f, g)),
      sameValueEarlier: +earlier.some((g) => g.value === f.value),
      figuresInArticle: clip(unique.length, 0, 30) / 30,
      sameKindInArticle: clip(sameKind.length, 0, 10) / 10,
      headlineWordsInSentence: titleWords.size ? shared / titleWords.size : 0,
      hasCounts: +(f.counts.length > 0),
      countsInHeadline: +[...countsStems].some((w) => titleStems.has(w)),
      firstOfUnit: +!earlier.some((g) => g.unit === f.unit),
      firstFigureSentence: +!earlier.some((g) => g.at < sStart && !headlineOnly(g)),
      leadActorInSentence: +(actor !== null && text.slice(sStart, sEnd).includes(actor)),
      countsInLead: +[...countsStems].some((w) => leadStems.has(w)),
      countsRepeated: clip(otherParagraphs, 0, 4) / 4,
      largestMoney: +(f.kind === 'currency' && larger === 0),
      toldAgain: clip(sig.toldTimes(f) - 1, 0, 3) / 3,
      standingCount: +(f.unit !== null && lex.standingWords.has(f.unit.toLowerCase())),
    };
    return FEATURE_NAMES.map((n) => row[n]);
  });
}
