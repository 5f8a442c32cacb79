/**
 * Per-figure features for a learned key-figure ranker: what rankFigures already
 * reads of a figure (figureSignals) plus where it sits (paragraph, sentence,
 * place in its sentence), what else the article tells (how many figures, its
 * rank among those of its kind) and what its sentence shares with the headline.
 * One pass over the text per article; each figure then costs a few lookups.
 */
import type { Paragraph } from '../../src/summarize/document.js';
import type { ArticleFrame } from '../../src/summarize/rank.js';
import type { FigureSignals } from '../../src/summarize/rank-figures.js';
import { isNeighbourOf } from '../../src/summarize/rank-figures.js';

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
  'aside',
  'compared',
  'part',
  'breakdown',
  'difference',
  'perUnit',
  'toll',
  'dated',
  'small',
  'smallSum',
  'largeCount',
  'oneOfSomething',
  'candidate',
  'earlierNeighbour',
  'sameValueEarlier',
  'figuresInArticle',
  'sameKindInArticle',
  'headlineWordsInSentence',
  'hasCounts',
  'handScore',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»']);
const HEADLINE_WORD = /\p{L}{4,}/gu;
const endsSentence = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 0x0a || ((c === 0x2e || c === 0x21 || c === 0x3f) && /\s/.test(text[i + 1] ?? ' '));
};
const log10 = (v: number): number => Math.log10(Math.max(Math.abs(v), 1e-3));
const clip = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** One row of FEATURE_NAMES per figure of `sig.unique`. */
export function figureFeatures(sig: FigureSignals, frame: ArticleFrame, text: string, paragraphs: readonly Paragraph[]): number[][] {
  const { unique, candidates } = sig;
  const wordsPerChar = frame.words / Math.max(text.length, 1);
  const titleWords = new Set((frame.title ?? '').toLowerCase().match(HEADLINE_WORD) ?? []);
  const candidateIndex = new Map(candidates.map((f, i) => [f, i]));
  return unique.map((f, i) => {
    const own = f.headline === true && f.at === 0 && !text.startsWith(f.text.slice(0, 3));
    const p = Math.max(
      0,
      paragraphs.findIndex((q) => f.at >= q.start && f.at <= q.end),
    );
    const para = paragraphs[p] ?? { start: 0, end: text.length, text };
    let sStart = f.at;
    while (sStart > para.start && !endsSentence(text, sStart - 1)) sStart--;
    let sEnd = f.at;
    while (sEnd < para.end && !endsSentence(text, sEnd)) sEnd++;
    let sentenceIndex = 0;
    let quotes = 0;
    for (let j = para.start; j < f.at; j++) {
      if (endsSentence(text, j)) sentenceIndex++;
      if (QUOTE_MARKS.has(text[j]!)) quotes++;
    }
    let depth = 0;
    for (let j = sStart; j < f.at; j++) depth += text[j] === '(' ? 1 : text[j] === ')' ? -1 : 0;
    const sentence = text.slice(sStart, sEnd).toLowerCase();
    let shared = 0;
    for (const w of titleWords) if (sentence.includes(w)) shared++;
    const sameKind = unique.filter((g) => g.kind === f.kind);
    const larger = sameKind.filter((g) => g.value > f.value).length;
    const earlier = unique.slice(0, i);
    const count = f.kind === 'thing' || f.kind === 'bare';
    const order = candidateIndex.get(f);
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
      candidateOrder: order === undefined ? 1 : clip(order, 0, 5) / 5,
      firstCandidate: +(order === 0),
      approx: +(f.approx !== null),
      inParentheses: +(depth > 0),
      inQuote: +(quotes % 2 === 1),
      aside: +f.aside,
      compared: +f.compared,
      part: +f.part,
      breakdown: +sig.breakdown(f),
      difference: +f.difference,
      perUnit: +f.perUnit,
      toll: +f.toll,
      dated: +sig.dated(f),
      small: +sig.small(f),
      smallSum: +(f.kind === 'currency' && f.value < 10_000),
      largeCount: +(count && f.value >= 10_000),
      oneOfSomething: +(f.kind === 'thing' && f.value <= 1),
      candidate: +(order !== undefined),
      earlierNeighbour: +earlier.some((g) => isNeighbourOf(f, g)),
      sameValueEarlier: +earlier.some((g) => g.value === f.value),
      figuresInArticle: clip(unique.length, 0, 30) / 30,
      sameKindInArticle: clip(sameKind.length, 0, 10) / 10,
      headlineWordsInSentence: titleWords.size ? shared / titleWords.size : 0,
      hasCounts: +(f.counts.length > 0),
      handScore: order === undefined ? 0 : sig.score(f) / 5,
    };
    return FEATURE_NAMES.map((n) => row[n]);
  });
}
