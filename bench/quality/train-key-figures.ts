/**
 * `tsx bench/quality/train-key-figures.ts [--skip TEXT]... [--final TEXT] [--lambda X] [--drop FEATURE]...
 * [--score-only BATCH]... [--weight W] [--min-k K,...] [--max-k K,...] [--base-drop FEATURE]... [--base-weight W]
 * [--dump FILE] [--write]`:
 * fits a regularised logistic regression over per-figure features (figure-features.ts) to the dev set's key-figure
 * labels, with a selection rule (top-k by score over a threshold, a cost for a second share or measure and for a
 * neighbour value) tuned on the training articles, and scores it leave-one-batch-out (a batch is an id prefix s3, s4,
 * …; the unprefixed originals are one) against the ranker in use and a baseline fit on the same folds: per fold, the
 * mean with its standard error and the paired difference's, pooled, and pooled per language. The variant is fitted
 * without the --drop features and with the --score-only batches' articles weighing --weight each in training, its
 * rule tuned over the --min-k and --max-k counts; the baseline likewise with --base-drop and --base-weight (default:
 * every feature, weight 1) over the default counts. --score-only names the
 * batches the summary lines score apart (as well as over all folds): those written by independent writers, whose copy
 * is most like unseen copy. --final names a batch kept out of everything and scored once, by the model fitted on the
 * rest. --dump writes the features and labels as JSON lines; --write writes the variant fitted on all but --final and
 * --skip to src/summarize/key-figure-model.ts.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findFigures, withHeadlineFigures } from '../../src/summarize/find-figures.js';
import type { FoundFigure } from '../../src/summarize/find-figures.js';
import type { KeyFigureRule as Rule } from '../../src/summarize/rank-figures.js';
import { boxFigures, boxingOrder, figureSignals } from '../../src/summarize/rank-figures.js';
import { FEATURE_NAMES, figureFeatures } from '../../src/summarize/figure-features.js';
import type { Figure } from '../../src/domain/summary.js';
import type { Config, KeyCounts, KeyLearner, LoboItem } from './leave-one-batch-out.js';
import { batchOf, dumpRows, featureConfig, fitAll, LOBO_OPTIONS, leaveOneBatchOut, readDevItems, tuneRule } from './leave-one-batch-out.js';
import type { DevArticle } from './load-dev-set.js';
import { readArticle } from './read-article.js';
import { fullText } from './load-dev-set.js';
import type { Model } from './logistic.js';
import { logit } from './logistic.js';
import { addTally, emptyTally, scoreSet, unitsAgree, valueAgrees } from './score-summaries.js';

const { values } = parseArgs({
  options: {
    ...LOBO_OPTIONS,
    'min-k': { type: 'string', default: '1,2' },
    'max-k': { type: 'string', default: '3,4' },
    write: { type: 'boolean', default: false },
  },
});
const LAMBDA = Number(values.lambda);
const scoredBatches = new Set(values['score-only'].map((b) => b.replace(/-$/, '')));

const counts = (list: string): number[] => list.split(',').map(Number);
const variant = featureConfig(FEATURE_NAMES, values.drop, values.weight, scoredBatches, rules(counts(values['min-k']), counts(values['max-k'])));
const base = featureConfig(FEATURE_NAMES, values['base-drop'], values['base-weight'], scoredBatches, rules([1, 2], [3, 4]));

interface Item extends LoboItem {
  figures: Figure[];
  found: FoundFigure[];
  /** Each candidate's place among the summary's figures. */
  place: number[];
}

function readItem(article: DevArticle): Item {
  const { summary, lex, doc, frame } = readArticle(article);
  const sig = figureSignals(withHeadlineFigures(findFigures(doc, lex), article.title, doc, lex), frame, doc.text, lex);
  if (sig.unique.length !== summary.figures.length)
    throw new Error(`${article.gold.id}: ${sig.unique.length} figures read, ${summary.figures.length} summarized`);
  const goldKey = article.gold.figures.filter((g) => g.key);
  const place = new Map(sig.unique.map((f, i) => [f, i]));
  return {
    article,
    batch: batchOf(article.gold.id),
    figures: summary.figures,
    found: sig.candidates,
    x: figureFeatures(sig, frame, doc.text, lex),
    y: sig.candidates.map((f) => +goldKey.some((g) => unitsAgree(f.unit, g.unit) && valueAgrees(f.value, g, f.unit))),
    place: sig.candidates.map((f) => place.get(f)!),
    goldKey: goldKey.length,
  };
}

/** The selection rules a fit tunes over, for these minimum and maximum counts. */
function rules(minKs: readonly number[], maxKs: readonly number[]): Rule[] {
  const out: Rule[] = [];
  for (const threshold of [-3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5])
    for (const minK of minKs)
      for (const maxK of maxKs) for (const repeat of [0, 0.5, 1, 2]) for (const neighbour of [0, 1, 2]) out.push({ threshold, minK, maxK, repeat, neighbour });
  return out;
}

/** The rule with the best key F1 on `items`, one boxing order per pair of costs. */
const tune = (items: readonly Item[], m: Model, cfg: Config<Rule>): Rule =>
  tuneRule(
    items,
    m,
    cfg,
    (rule) => `${rule.repeat} ${rule.neighbour}`,
    (it, scores, rule, longest) => boxingOrder(it.found, scores, rule, longest),
  );

/** The scorer's key-figure counts for these items with these key flags. */
function keyCounts(items: readonly Item[], keys: readonly (readonly boolean[])[]): KeyCounts {
  const score = scoreSet(
    items.map((it) => ({ gold: it.article.gold, text: fullText(it.article) })),
    new Map(
      items.map((it, n) => [it.article.gold.id, { id: it.article.gold.id, quotes: [], figures: it.figures.map((f, i) => ({ ...f, key: keys[n]![i]! })) }]),
    ),
  );
  const t = score.articles.reduce((t, a) => addTally(t, a.tally), emptyTally());
  return { pred: t.predKeyFigures, right: t.predKeyFiguresRight, gold: t.goldKeyFigures, found: t.goldKeyFiguresFlagged };
}
function learnedKeys(items: readonly Item[], m: Model, rule: Rule, cfg: Config<Rule>): boolean[][] {
  return items.map((it) => {
    const chosen = boxFigures(
      it.found,
      it.x.map((r) => logit(m, cfg, r)),
      rule,
    );
    const boxed = new Set([...chosen].map((c) => it.place[c]!));
    return it.figures.map((_, i) => boxed.has(i));
  });
}
const learner: KeyLearner<Item, Rule> = {
  tune,
  keys: learnedKeys,
  inUse: (items) => items.map((it) => it.figures.map((f) => f.key)),
  counts: keyCounts,
};

const { dev, finalItems, ms } = readDevItems(readItem, values.skip, values.final);
console.error(`${dev.length} dev articles, ${finalItems.length} final, features read in ${ms} ms`);
if (values.dump) dumpRows(values.dump, dev, variant, (it, i) => it.found[i]!.text);

leaveOneBatchOut(dev, learner, { base, variant }, scoredBatches, LAMBDA);
const { model, rule } = fitAll(dev, finalItems, values.final, learner, variant, FEATURE_NAMES, LAMBDA);

if (values.write) {
  const command = ['npx tsx bench/quality/train-key-figures.ts', ...process.argv.slice(2)].join(' ');
  const weightOf = new Map(variant.cols.map((c, j) => [c, model.w[j]!]));
  const lines = [
    '/**',
    ' * The key-figure model: a logistic regression over figure-features.ts, L2-regularised',
    ` * (lambda ${LAMBDA} on standardised features), fitted to the dev set's key labels (${dev.length} articles), and the`,
    ' * selection rule tuned on the same articles (figures boxed best first while over `threshold`, always `minK`, at most',
    ' * `maxK`; a second share or measure costs `repeat`, a neighbour value `neighbour`). Generated, do not edit:',
    ` * ${command}`,
    ' */',
    "import type { FeatureName } from './figure-features.js';",
    "import type { KeyFigureRule } from './rank-figures.js';",
    '',
    'export const KEY_FIGURE_MODEL: { bias: number; weights: Readonly<Record<FeatureName, number>>; rule: KeyFigureRule } = {',
    // Numbers and the rule written as prettier writes them, so the generated file passes its check as it is.
    `  bias: ${+model.bias.toFixed(4)},`,
    '  weights: {',
    ...FEATURE_NAMES.map((n, c) => `    ${n}: ${+(weightOf.get(c) ?? 0).toFixed(4)},`),
    '  },',
    `  rule: { ${Object.entries(rule)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')} },`,
    '};',
    '',
  ];
  writeFileSync(new URL('../../src/summarize/key-figure-model.ts', import.meta.url), lines.join('\n'));
}
