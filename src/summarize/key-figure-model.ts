/**
 * The key-figure model: a logistic regression over figure-features.ts, L2-regularised
 * (lambda 1 on standardised features), fitted to the dev set's key labels (540 articles), and the
 * selection rule tuned on the same articles (figures boxed best first while over `threshold`, always `minK`, at most
 * `maxK`; a second share or measure costs `repeat`, a neighbour value `neighbour`). Generated, do not edit:
 * npx tsx bench/quality/train-key-figures.ts --final s44- --write
 */
import type { FeatureName } from './figure-features.js';
import type { KeyFigureRule } from './rank-figures.js';

export const KEY_FIGURE_MODEL: { bias: number; weights: Readonly<Record<FeatureName, number>>; rule: KeyFigureRule } = {
  bias: 0.5678,
  weights: {
    kindCurrency: 1.0595,
    kindPercent: 0.4316,
    kindUnit: -0.7604,
    kindThing: -0.6412,
    kindDuration: -4.0518,
    kindBare: -1.1709,
    inTitle: 3.08,
    headlineValue: 2.5641,
    headlineOnly: -3.6563,
    inLead: 0.0818,
    firstParagraph: 0.8274,
    secondParagraph: 0.3129,
    paragraphIndex: 1.1119,
    firstSentenceOfParagraph: 0.0413,
    sentenceInParagraph: 0.0435,
    leadSentence: -0.3113,
    placeInSentence: -1.0648,
    wordsBefore: -0.5158,
    placeInText: -2.5933,
    logValueMoney: 0.9641,
    logValueCount: 1.97,
    percentValue: -1.537,
    rankOfKind: -1.2272,
    largestOfKind: 0.2618,
    firstOfKind: 0.806,
    candidateOrder: -2.2367,
    firstCandidate: -0.138,
    approx: -0.152,
    inParentheses: -5.6924,
    inQuote: -1.002,
    part: 0.2277,
    perUnit: -0.2216,
    toll: 1.1123,
    dated: -0.3887,
    small: -0.3568,
    smallSum: -1.2927,
    largeCount: 0.0941,
    earlierNeighbour: -0.8717,
    sameValueEarlier: 2.6047,
    figuresInArticle: -3.606,
    sameKindInArticle: 1.86,
    headlineWordsInSentence: -0.0776,
    hasCounts: 1.1392,
  },
  rule: { threshold: -1, minK: 2, maxK: 3, repeat: 0.5, neighbour: 1 },
};
