/**
 * The key-figure model: a logistic regression over figure-features.ts, L2-regularised
 * (lambda 1 on standardised features), fitted to the dev set's key labels (696 articles), and the
 * selection rule tuned on the same articles (figures boxed best first while over `threshold`, always `minK`, at most
 * `maxK`; a second share or measure costs `repeat`, a neighbour value `neighbour`). Generated, do not edit:
 * npx tsx bench/quality/train-key-figures.ts --score-only s8 --score-only s9 --score-only s10 --score-only s16 --score-only s20 --score-only s24 --score-only s25 --score-only s30 --score-only s31 --score-only s32 --score-only s39 --score-only s40 --score-only s41 --base-drop countsInLead --base-drop countsRepeated --write
 */
import type { FeatureName } from './figure-features.js';
import type { KeyFigureRule } from './rank-figures.js';

export const KEY_FIGURE_MODEL: { bias: number; weights: Readonly<Record<FeatureName, number>>; rule: KeyFigureRule } = {
  bias: 1.2691,
  weights: {
    kindCurrency: 1.3052,
    kindPercent: 0.4569,
    kindUnit: -0.9718,
    kindThing: -0.8425,
    kindDuration: -3.8104,
    kindBare: -1.1123,
    inTitle: 2.5628,
    headlineValue: 2.7566,
    headlineOnly: -3.8202,
    inLead: -0.0001,
    firstParagraph: 0.6828,
    secondParagraph: 0.2059,
    paragraphIndex: 1.0613,
    firstSentenceOfParagraph: -0.0386,
    sentenceInParagraph: -0.1803,
    leadSentence: -0.2199,
    placeInSentence: -0.9052,
    wordsBefore: -0.7806,
    placeInText: -2.2549,
    logValueMoney: 0.4912,
    logValueCount: 1.4306,
    percentValue: -1.0892,
    rankOfKind: -1.1998,
    largestOfKind: 0.1751,
    firstOfKind: 0.3038,
    candidateOrder: -2.3306,
    firstCandidate: 0.0218,
    approx: -0.0979,
    inParentheses: -5.5009,
    inQuote: -1.1116,
    part: 0.3969,
    perUnit: -0.2632,
    toll: 1.1237,
    dated: -0.3357,
    small: -0.3739,
    smallSum: -1.1892,
    largeCount: 0.2208,
    earlierNeighbour: -0.6318,
    sameValueEarlier: 2.5294,
    figuresInArticle: -2.6149,
    sameKindInArticle: 1.543,
    headlineWordsInSentence: -0.4436,
    hasCounts: -0.2331,
    countsInHeadline: 0.1641,
    firstOfUnit: 0.9287,
    firstFigureSentence: 0.1095,
    leadActorInSentence: 0.2455,
    countsInLead: 0.0915,
    countsRepeated: 0.3116,
  },
  rule: { threshold: -0.5, minK: 2, maxK: 3, repeat: 0, neighbour: 1 },
};
