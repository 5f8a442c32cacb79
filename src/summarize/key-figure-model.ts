/**
 * The key-figure model: a logistic regression over figure-features.ts, L2-regularised
 * (lambda 1 on standardised features), fitted to the dev set's key labels (1330 articles), and the
 * selection rule tuned on the same articles (figures boxed best first while over `threshold`, always `minK`, at most
 * `maxK`; a second share or measure costs `repeat`, a neighbour value `neighbour`). Generated, do not edit:
 * npx tsx bench/quality/train-key-figures.ts --score-only s8 --score-only s9 --score-only s10 --score-only s16 --score-only s20 --score-only s24 --score-only s25 --score-only s30 --score-only s31 --score-only s32 --score-only s39 --score-only s40 --score-only s41 --base-drop largestMoney --base-drop toldAgain --base-drop standingCount --write
 */
import type { FeatureName } from './figure-features.js';
import type { KeyFigureRule } from './rank-figures.js';

export const KEY_FIGURE_MODEL: { bias: number; weights: Readonly<Record<FeatureName, number>>; rule: KeyFigureRule } = {
  bias: 1.8846,
  weights: {
    kindCurrency: 1.0836,
    kindPercent: 0.1885,
    kindUnit: -1.0525,
    kindThing: -0.5356,
    kindDuration: -4.1025,
    kindBare: -0.9006,
    inTitle: 2.9767,
    headlineValue: 1.3959,
    headlineOnly: -3.2716,
    inLead: 0.0223,
    firstParagraph: 0.5094,
    secondParagraph: 0.0144,
    paragraphIndex: 0.4152,
    firstSentenceOfParagraph: 0.1621,
    sentenceInParagraph: -0.0678,
    leadSentence: -0.3295,
    placeInSentence: -0.8544,
    wordsBefore: 0.1638,
    placeInText: -2.0651,
    logValueMoney: 0.0946,
    logValueCount: 0.6452,
    percentValue: -0.9254,
    rankOfKind: -1.0586,
    largestOfKind: -0.0981,
    firstOfKind: 0.3339,
    candidateOrder: -2.1757,
    firstCandidate: 0.1673,
    approx: -0.0213,
    inParentheses: -6.0791,
    inQuote: -0.8693,
    part: 0.3343,
    perUnit: -0.3068,
    toll: 0.8146,
    dated: -0.2462,
    small: -0.7141,
    smallSum: -1.2632,
    largeCount: 0.3413,
    earlierNeighbour: -0.4166,
    sameValueEarlier: 1.7817,
    figuresInArticle: -2.7927,
    sameKindInArticle: 1.3086,
    headlineWordsInSentence: -0.3988,
    hasCounts: -0.6808,
    countsInHeadline: 0.1033,
    firstOfUnit: 0.7413,
    firstFigureSentence: 0.073,
    leadActorInSentence: 0.2163,
    countsInLead: -0.0879,
    countsRepeated: 0.4069,
    largestMoney: 0.8996,
    toldAgain: 1.3889,
    standingCount: -1.6496,
  },
  rule: { threshold: -0.5, minK: 2, maxK: 4, repeat: 0, neighbour: 1 },
};
