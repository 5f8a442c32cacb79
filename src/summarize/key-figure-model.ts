/**
 * The key-figure model: a logistic regression over figure-features.ts, L2-regularised
 * (lambda 1 on standardised features), fitted to the dev set's key labels (1366 articles), and the
 * selection rule tuned on the same articles (figures boxed best first while over `threshold`, always `minK`, at most
 * `maxK`; a second share or measure costs `repeat`, a neighbour value `neighbour`). Generated, do not edit:
 * npx tsx bench/quality/train-key-figures.ts --score-only s80 --score-only s81 --score-only s82 --score-only s83 --score-only s84 --score-only s85 --score-only s86 --score-only s87 --score-only s88 --score-only s89 --score-only s90 --score-only s91 --score-only s92 --score-only s93 --score-only s94 --score-only s95 --score-only s96 --score-only s97 --score-only s98 --score-only s99 --base-drop largestMoney --base-drop toldAgain --base-drop standingCount --write
 */
import type { FeatureName } from './figure-features.js';
import type { KeyFigureRule } from './rank-figures.js';

export const KEY_FIGURE_MODEL: { bias: number; weights: Readonly<Record<FeatureName, number>>; rule: KeyFigureRule } = {
  bias: 1.914,
  weights: {
    kindCurrency: 1.0865,
    kindPercent: 0.1235,
    kindUnit: -1.076,
    kindThing: -0.4991,
    kindDuration: -4.1253,
    kindBare: -0.8424,
    inTitle: 2.9719,
    headlineValue: 1.4016,
    headlineOnly: -3.263,
    inLead: 0.0343,
    firstParagraph: 0.5109,
    secondParagraph: 0.025,
    paragraphIndex: 0.3506,
    firstSentenceOfParagraph: 0.1514,
    sentenceInParagraph: -0.0948,
    leadSentence: -0.3082,
    placeInSentence: -0.8652,
    wordsBefore: 0.405,
    placeInText: -2.1408,
    logValueMoney: 0.0674,
    logValueCount: 0.4299,
    percentValue: -0.7479,
    rankOfKind: -1.078,
    largestOfKind: -0.1093,
    firstOfKind: 0.3055,
    candidateOrder: -2.1477,
    firstCandidate: 0.1945,
    approx: -0.0114,
    inParentheses: -6.0971,
    inQuote: -0.8496,
    part: 0.2612,
    perUnit: -0.2665,
    toll: 0.7769,
    dated: -0.2358,
    small: -0.7105,
    smallSum: -1.2892,
    largeCount: 0.3857,
    earlierNeighbour: -0.4128,
    sameValueEarlier: 1.7484,
    figuresInArticle: -2.7643,
    sameKindInArticle: 1.2598,
    headlineWordsInSentence: -0.351,
    hasCounts: -0.6623,
    countsInHeadline: 0.0991,
    firstOfUnit: 0.7448,
    firstFigureSentence: 0.0158,
    leadActorInSentence: 0.2107,
    countsInLead: -0.0743,
    countsRepeated: 0.3992,
    largestMoney: 0.8953,
    toldAgain: 1.3472,
    standingCount: -1.6881,
  },
  rule: { threshold: -0.5, minK: 2, maxK: 4, repeat: 0, neighbour: 1 },
};
