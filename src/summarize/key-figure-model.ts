/**
 * The key-figure model: a logistic regression over figure-features.ts, L2-regularised
 * (lambda 1 on standardised features), fitted to the dev set's key labels (1402 articles), and the
 * selection rule tuned on the same articles (figures boxed best first while over `threshold`, always `minK`, at most
 * `maxK`; a second share or measure costs `repeat`, a neighbour value `neighbour`). Generated, do not edit:
 * npx tsx bench/quality/train-key-figures.ts --score-only s80 --score-only s81 --score-only s82 --score-only s83 --score-only s84 --score-only s85 --score-only s86 --score-only s87 --score-only s88 --score-only s89 --score-only s90 --score-only s91 --score-only s92 --score-only s93 --score-only s94 --score-only s95 --score-only s96 --score-only s97 --score-only s98 --score-only s99 --score-only s100 --score-only s101 --score-only s102 --score-only s103 --score-only s104 --score-only s105 --base-drop largestMoney --base-drop toldAgain --base-drop standingCount --write
 */
import type { FeatureName } from './figure-features.js';
import type { KeyFigureRule } from './rank-figures.js';

export const KEY_FIGURE_MODEL: { bias: number; weights: Readonly<Record<FeatureName, number>>; rule: KeyFigureRule } = {
  bias: 1.7964,
  weights: {
    kindCurrency: 1.032,
    kindPercent: 0.1595,
    kindUnit: -1.0339,
    kindThing: -0.4849,
    kindDuration: -4.119,
    kindBare: -0.8744,
    inTitle: 2.943,
    headlineValue: 1.3016,
    headlineOnly: -3.1109,
    inLead: 0.023,
    firstParagraph: 0.4965,
    secondParagraph: 0.0195,
    paragraphIndex: 0.3396,
    firstSentenceOfParagraph: 0.1622,
    sentenceInParagraph: -0.0544,
    leadSentence: -0.3486,
    placeInSentence: -0.8966,
    wordsBefore: 0.4297,
    placeInText: -2.1992,
    logValueMoney: 0.1259,
    logValueCount: 0.4111,
    percentValue: -0.7703,
    rankOfKind: -1.0444,
    largestOfKind: -0.1392,
    firstOfKind: 0.3266,
    candidateOrder: -2.1038,
    firstCandidate: 0.2042,
    approx: -0.0243,
    inParentheses: -6.0805,
    inQuote: -0.877,
    part: 0.3173,
    perUnit: -0.3048,
    toll: 0.7582,
    dated: -0.2447,
    small: -0.6809,
    smallSum: -1.1991,
    largeCount: 0.4399,
    earlierNeighbour: -0.4176,
    sameValueEarlier: 1.6353,
    figuresInArticle: -2.8469,
    sameKindInArticle: 1.2542,
    headlineWordsInSentence: -0.3021,
    hasCounts: -0.4983,
    countsInHeadline: 0.0973,
    firstOfUnit: 0.6923,
    firstFigureSentence: -0.0022,
    leadActorInSentence: 0.2313,
    countsInLead: -0.0862,
    countsRepeated: 0.4336,
    largestMoney: 0.9281,
    toldAgain: 1.5806,
    standingCount: -1.6964,
  },
  rule: { threshold: -0.5, minK: 2, maxK: 4, repeat: 0, neighbour: 1 },
};
