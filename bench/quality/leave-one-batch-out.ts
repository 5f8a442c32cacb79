/**
 * Leave-one-batch-out scoring for the key-item trainers (train-key-figures.ts, train-key-quotes.ts): each batch of the
 * dev set (an id prefix s3, s4, …; the unprefixed originals are one) is held out in turn, a baseline and a variant are
 * fitted and their selection rule tuned on the rest, and the held-out articles' keys are scored against the ranker in
 * use: per fold, the mean with its standard error and the paired difference's, pooled, and pooled per language, over
 * all folds and over the --score-only batches apart.
 */
import { writeFileSync } from 'node:fs';
import type { DevArticle } from './load-dev-set.js';
import { loadDevSet } from './load-dev-set.js';
import type { BoxingOrder } from '../../src/summarize/rank-figures.js';
import { boxedOf } from '../../src/summarize/rank-figures.js';
import type { FitConfig, Model, Sample } from './logistic.js';
import { fit, logit } from './logistic.js';

/** The command-line options both trainers take (parseArgs). */
export const LOBO_OPTIONS = {
  skip: { type: 'string', multiple: true, default: [] as string[] },
  final: { type: 'string' },
  lambda: { type: 'string', default: '1' },
  drop: { type: 'string', multiple: true, default: [] as string[] },
  'score-only': { type: 'string', multiple: true, default: [] as string[] },
  weight: { type: 'string', default: '1' },
  'base-drop': { type: 'string', multiple: true, default: [] as string[] },
  'base-weight': { type: 'string', default: '1' },
  dump: { type: 'string' },
} as const;

export const batchOf = (id: string): string => /^(s\d+)[a-z]?-/.exec(id)?.[1] ?? 'orig';

/** A dev article's candidates with their features and key labels, and how many key items its gold has. */
export interface LoboItem extends Sample {
  article: DevArticle;
  goldKey: number;
}

/** The dev set read as items, less the articles whose id holds a `skip` text, with the `final` batch's set apart; and how long reading took. */
export function readDevItems<I extends LoboItem>(
  read: (article: DevArticle) => I,
  skip: readonly string[],
  final: string | undefined,
): { dev: I[]; finalItems: I[]; ms: number } {
  const started = Date.now();
  const all = loadDevSet()
    .articles.filter((a) => !skip.some((t) => a.gold.id.includes(t)))
    .map(read);
  const finalItems = final ? all.filter((it) => it.article.gold.id.startsWith(final)) : [];
  return { dev: all.filter((it) => !finalItems.includes(it)), finalItems, ms: Date.now() - started };
}

/** Key F1 from the labels (a gold key two candidates match counts twice), each article weighing as its batch does: for tuning a rule. */
function quickF1<I extends LoboItem, R>(items: readonly I[], chosen: readonly Set<number>[], cfg: Config<R>): number {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  items.forEach((it, n) => {
    const w = cfg.weightOf(it.batch);
    for (const i of chosen[n]!) tp += w * it.y[i]!;
    pred += w * chosen[n]!.size;
    gold += w * it.goldKey;
  });
  return (2 * tp) / Math.max(pred + gold, 1);
}

/** A selection rule: best first while over `threshold`, always `minK`, at most `maxK`, in an order its costs decide. */
type CutRule = Parameters<typeof boxedOf>[1];

/**
 * The rule with the best quickF1 on `items` (the first of the config's rules on a tie). An order depends on a rule's
 * costs only (`costsOf` names them), its threshold and counts only cut it short: one order is read per set of costs.
 */
export function tuneRule<I extends LoboItem, R extends CutRule>(
  items: readonly I[],
  m: Model,
  cfg: Config<R>,
  costsOf: (rule: R) => string,
  orderOf: (it: I, scores: number[], rule: R, longest: number) => BoxingOrder,
): R {
  const scores = items.map((it) => it.x.map((r) => logit(m, cfg, r)));
  const orders = new Map<string, BoxingOrder[]>();
  const longest = Math.max(...cfg.rules.map((r) => r.maxK));
  let best = cfg.rules[0]!;
  let bestF1 = -1;
  for (const rule of cfg.rules) {
    const costs = costsOf(rule);
    let order = orders.get(costs);
    if (!order) orders.set(costs, (order = items.map((it, n) => orderOf(it, scores[n]!, rule, longest))));
    const f1 = quickF1(
      items,
      order.map((o) => boxedOf(o, rule)),
      cfg,
    );
    if (f1 > bestF1 + 1e-9) [best, bestF1] = [rule, f1];
  }
  return best;
}

/** One fit's features and training weights, and the selection rules its tuning picks from. */
export interface Config<R> extends FitConfig {
  rules: R[];
}

/** A config keeping every feature of `names` but `drop`, the `scored` batches' articles weighing `weight` each. */
export function featureConfig<R>(names: readonly string[], drop: readonly string[], weight: string, scored: ReadonlySet<string>, rules: R[]): Config<R> {
  for (const n of drop) if (!names.includes(n)) throw new Error(`no feature ${n}`);
  const w = Number(weight);
  return {
    cols: names
      .map((n, i) => [n, i] as const)
      .filter(([n]) => !drop.includes(n))
      .map(([, i]) => i),
    weightOf: (batch) => (scored.has(batch) ? w : 1),
    rules,
  };
}

/** Key items flagged, flagged right, in gold, and of gold flagged: the scorer's key counts. */
export interface KeyCounts {
  pred: number;
  right: number;
  gold: number;
  found: number;
}
/** Key F1 as the scorer measures it (0 where nothing is flagged or nothing is gold). */
export function keyF1(c: KeyCounts): number {
  if (!c.pred || !c.gold) return 0;
  const p = c.right / c.pred;
  const r = c.found / c.gold;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** What a trainer tells the machinery: how to tune a fit's rule, pick keys with it, read the keys in use and score keys. */
export interface KeyLearner<I extends LoboItem, R> {
  /** The rule of the config's rules that does best on `items` with this model. */
  tune(items: readonly I[], m: Model, cfg: Config<R>): R;
  /** The key flags this model and rule give each item's summary items. */
  keys(items: readonly I[], m: Model, rule: R, cfg: Config<R>): boolean[][];
  /** The key flags the ranker in use gave. */
  inUse(items: readonly I[]): boolean[][];
  /** The scorer's key counts for these items with these key flags. */
  counts(items: readonly I[], keys: readonly (readonly boolean[])[]): KeyCounts;
}

export const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
/** A mean over folds and its standard error: how far apart two rankers must be before a fold's luck stops explaining it. */
function meanSe(xs: readonly number[]): string {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const se = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1) / xs.length);
  return `${pct(mean)} ± ${(100 * se).toFixed(1)}`;
}

const SIDES = ['inUse', 'base', 'variant'] as const;
type Side = (typeof SIDES)[number];

/** Holds each batch of `dev` out in turn and prints the fold table and the summaries (see the module comment). */
export function leaveOneBatchOut<I extends LoboItem, R>(
  dev: readonly I[],
  learner: KeyLearner<I, R>,
  sides: { base: Config<R>; variant: Config<R> },
  scoredBatches: ReadonlySet<string>,
  lambda: number,
): void {
  for (const b of scoredBatches) if (!dev.some((it) => it.batch === b)) throw new Error(`--score-only ${b}: no such batch`);
  const f1Of = (items: readonly I[], keys: readonly (readonly boolean[])[]): number => keyF1(learner.counts(items, keys));
  const batches = [...new Set(dev.map((it) => it.batch))];
  /** A held-out article with the keys the ranker in use, the fold's baseline and the fold's variant gave it. */
  type Pooled = { it: I } & Record<Side, boolean[]>;
  const pooled: Pooled[] = [];
  const folds: ({ batch: string } & Record<Side, number>)[] = [];
  console.log('fold    arts  in use   base variant  variant rule');
  for (const b of batches) {
    const test = dev.filter((it) => it.batch === b);
    const train = dev.filter((it) => it.batch !== b);
    const keys = { inUse: learner.inUse(test) } as Record<Side, boolean[][]>;
    let shown = '';
    for (const side of ['base', 'variant'] as const) {
      const cfg = sides[side];
      const m = fit(train, cfg, lambda);
      const rule = learner.tune(train, m, cfg);
      keys[side] = learner.keys(test, m, rule, cfg);
      shown = JSON.stringify(rule);
    }
    const fold = { batch: b, inUse: f1Of(test, keys.inUse), base: f1Of(test, keys.base), variant: f1Of(test, keys.variant) };
    folds.push(fold);
    test.forEach((it, n) => pooled.push({ it, inUse: keys.inUse[n]!, base: keys.base[n]!, variant: keys.variant[n]! }));
    console.log(
      `${(scoredBatches.has(b) ? `${b}*` : b).padEnd(6)} ${String(test.length).padStart(4)} ${pct(fold.inUse)} ${pct(fold.base)} ${pct(fold.variant)}  ${shown}`,
    );
  }

  /** Pooled key F1 (precision/recall, flagged per article) of each side over these held-out articles. */
  const pooledLine = (of: readonly Pooled[]): string =>
    SIDES.map((side) => {
      const c = learner.counts(
        of.map((p) => p.it),
        of.map((p) => p[side]),
      );
      return `${side} ${pct(keyF1(c)).trim()} (P ${pct(c.right / c.pred).trim()} R ${pct(c.found / c.gold).trim()}, ${(c.pred / of.length).toFixed(2)}/art)`;
    }).join('  ');
  const summary = (label: string, fs: typeof folds): void => {
    const of = pooled.filter((p) => fs.some((f) => f.batch === p.it.batch));
    console.log(`${label}: ${fs.length} folds, ${of.length} articles (gold ${(of.reduce((s, p) => s + p.it.goldKey, 0) / of.length).toFixed(2)} key/art)`);
    console.log(
      `  mean: in use ${meanSe(fs.map((f) => f.inUse))}  base ${meanSe(fs.map((f) => f.base))}  variant ${meanSe(fs.map((f) => f.variant))}  variant - base ${meanSe(fs.map((f) => f.variant - f.base))}  variant - in use ${meanSe(fs.map((f) => f.variant - f.inUse))}`,
    );
    console.log(`  pooled: ${pooledLine(of)}`);
    const langs = [...new Set(of.map((p) => p.it.article.gold.lang))].sort();
    console.log(
      `  pooled by language, in use/base/variant: ${langs
        .map((l) => {
          const ofLang = of.filter((p) => p.it.article.gold.lang === l);
          const f1 = (side: Side): string =>
            pct(
              f1Of(
                ofLang.map((p) => p.it),
                ofLang.map((p) => p[side]),
              ),
            ).trim();
          return `${l} ${SIDES.map(f1).join('/')}`;
        })
        .join('  ')}`,
    );
  };
  if (scoredBatches.size)
    summary(
      'scored folds',
      folds.filter((f) => scoredBatches.has(f.batch)),
    );
  summary('all folds', folds);
}

/**
 * Fits the variant on all of `dev` and prints its in-sample score, its score on the `final` items kept out of
 * everything, and its weights, largest first.
 */
export function fitAll<I extends LoboItem, R>(
  dev: readonly I[],
  finalItems: readonly I[],
  finalName: string | undefined,
  learner: KeyLearner<I, R>,
  variant: Config<R>,
  names: readonly string[],
  lambda: number,
): { model: Model; rule: R } {
  const f1Of = (items: readonly I[], keys: readonly (readonly boolean[])[]): number => keyF1(learner.counts(items, keys));
  const model = fit(dev, variant, lambda);
  const rule = learner.tune(dev, model, variant);
  console.log(
    `all dev (in sample): in use ${pct(f1Of(dev, learner.inUse(dev)))}  variant ${pct(f1Of(dev, learner.keys(dev, model, rule, variant)))}  rule ${JSON.stringify(rule)}`,
  );
  if (finalItems.length) {
    console.log(
      `final ${finalName}: in use ${pct(f1Of(finalItems, learner.inUse(finalItems)))}  variant ${pct(f1Of(finalItems, learner.keys(finalItems, model, rule, variant)))}`,
    );
  }
  const weights = variant.cols.map((c, j) => [names[c]!, model.w[j]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  console.log(weights.map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', '));
  return { model, rule };
}

/** Writes each candidate's features (the config's columns) and label as JSON lines, named by its article and `textOf`. */
export function dumpRows<I extends LoboItem>(file: string, dev: readonly I[], cfg: FitConfig, textOf: (it: I, i: number) => string): void {
  writeFileSync(
    file,
    dev
      .flatMap((it) => it.x.map((r, i) => JSON.stringify({ id: it.article.gold.id, text: textOf(it, i), y: it.y[i], x: cfg.cols.map((c) => r[c]) })))
      .join('\n') + '\n',
  );
}
