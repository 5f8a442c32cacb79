/**
 * The key-figure model: a logistic regression over figure-features.ts, L2-regularised
 * (lambda 1 on standardised features), fitted to the dev set's key labels (654 articles), and the
 * selection rule tuned on the same articles (figures boxed best first while over `threshold`, always `minK`, at most
 * `maxK`; a second share or measure costs `repeat`, a neighbour value `neighbour`). Generated, do not edit:
 * npx tsx bench/quality/train-key-figures.ts --skip s53- --write
 */
import type { FeatureName } from './figure-features.js';
import type { KeyFigureRule } from './rank-figures.js';

export const KEY_FIGURE_MODEL: { bias: number; weights: Readonly<Record<FeatureName, number>>; rule: KeyFigureRule } = {
  bias: 0.5868,
  weights: {
    kindCurrency: 1.3736,
    kindPercent: 0.4966,
    kindUnit: -1.0009,
    kindThing: -0.8848,
    kindDuration: -3.647,
    kindBare: -1.28,
    inTitle: 2.4531,
    headlineValue: 2.6183,
    headlineOnly: -3.625,
    inLead: -0.1139,
    firstParagraph: 0.7369,
    secondParagraph: 0.2602,
    paragraphIndex: 1.0148,
    firstSentenceOfParagraph: -0.0114,
    sentenceInParagraph: -0.0158,
    leadSentence: -0.2756,
    placeInSentence: -0.923,
    wordsBefore: -0.6466,
    placeInText: -2.39,
    logValueMoney: 0.4859,
    logValueCount: 1.6393,
    percentValue: -1.048,
    rankOfKind: -1.1826,
    largestOfKind: 0.1938,
    firstOfKind: 0.252,
    candidateOrder: -2.2878,
    firstCandidate: 0.0046,
    approx: -0.1351,
    inParentheses: -5.4108,
    inQuote: -1.129,
    part: 0.4214,
    perUnit: -0.2167,
    toll: 1.0212,
    dated: -0.3481,
    small: -0.3488,
    smallSum: -1.3484,
    largeCount: 0.1782,
    earlierNeighbour: -0.5297,
    sameValueEarlier: 2.5381,
    figuresInArticle: -2.7088,
    sameKindInArticle: 1.5681,
    headlineWordsInSentence: -0.4569,
    hasCounts: 0.6116,
    countsInHeadline: 0.3321,
    firstOfUnit: 0.9385,
    firstFigureSentence: 0.1205,
    leadActorInSentence: 0.2523,
  },
  rule: { threshold: -0.5, minK: 2, maxK: 3, repeat: 0, neighbour: 1 },
};
