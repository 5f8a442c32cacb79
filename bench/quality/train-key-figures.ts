/**
 * `tsx bench/quality/train-key-figures.ts [--skip TEXT]... [--final TEXT] [--lambda X] [--drop FEATURE]... [--dump FILE] [--write]`:
 * fits a regularised logistic regression over per-figure features (figure-features.ts) to the dev set's key-figure
 * labels, with a selection rule (top-k by score over a threshold, a cost for a second share or measure and for a
 * neighbour value) tuned on the training articles, and scores it leave-one-batch-out (a batch is an id prefix s3, s4,
 * …; the unprefixed originals are one) against the hand ranker on the same folds: per fold, the mean with its standard
 * error and the paired difference's, pooled, and pooled per language. --final names a batch kept out of
 * everything and scored once, by the model fitted on the rest. --dump writes the features and labels as JSON lines;
 * --write writes the model fitted on all but --final and --skip to src/summarize/key-figure-model.ts.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { languagePack } from '../../src/lang/index.js';
import { buildDocument } from '../../src/summarize/document.js';
import { findFigures, withHeadlineFigures } from '../../src/summarize/find-figures.js';
import { articleFrame, summarizeArticle } from '../../src/summarize/index.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import type { FoundFigure } from '../../src/summarize/find-figures.js';
import type { KeyFigureRule as Rule } from '../../src/summarize/rank-figures.js';
import type { BoxingOrder } from '../../src/summarize/rank-figures.js';
import { boxedOf, boxFigures, boxingOrder, figureSignals } from '../../src/summarize/rank-figures.js';
import { FEATURE_NAMES, figureFeatures } from '../../src/summarize/figure-features.js';
import type { Figure } from '../../src/domain/summary.js';
import type { DevArticle } from './load-dev-set.js';
import { fullText, loadDevSet } from './load-dev-set.js';
import { scoreSet, unitsAgree, valueAgrees } from './score-summaries.js';

const { values } = parseArgs({
  options: {
    skip: { type: 'string', multiple: true, default: [] },
    final: { type: 'string' },
    lambda: { type: 'string', default: '1' },
    drop: { type: 'string', multiple: true, default: [] },
    dump: { type: 'string' },
    write: { type: 'boolean', default: false },
  },
});
const LAMBDA = Number(values.lambda);
const dropped = new Set(values.drop);
const used = FEATURE_NAMES.map((n, i) => [n, i] as const).filter(([n]) => !dropped.has(n));

interface Item {
  article: DevArticle;
  batch: string;
  figures: Figure[];
  found: FoundFigure[];
  x: number[][];
  y: number[];
  /** Each candidate's place among the summary's figures. */
  place: number[];
  goldKey: number;
}

const batchOf = (id: string): string => /^(s\d+)[a-z]?-/.exec(id)?.[1] ?? 'orig';

function readItem(article: DevArticle): Item {
  const summary = summarizeArticle(article.body, { title: article.title });
  const lex = lexiconFor(languagePack(summary.lang)!);
  const doc = buildDocument(article.body, summary.lang);
  const frame = articleFrame(doc, article.title);
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
    x: figureFeatures(sig, frame, doc.text, lex).map((row) => used.map(([, i]) => row[i]!)),
    y: sig.candidates.map((f) => +goldKey.some((g) => unitsAgree(f.unit, g.unit) && valueAgrees(f.value, g, f.unit))),
    place: sig.candidates.map((f) => place.get(f)!),
    goldKey: goldKey.length,
  };
}

interface Model {
  w: number[];
  bias: number;
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const k = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= k * m[c]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let j = r + 1; j < n; j++) s -= m[r]![j]! * x[j]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * L2-regularised logistic regression by Newton's method. The penalty is on the weights of the standardised features
 * (lambda * std^2 * w^2 on the raw ones), the bias unpenalised; the rows stay raw, so their many zeros are skipped.
 */
function fit(items: readonly Item[]): Model {
  const rows: number[][] = [];
  const ys: number[] = [];
  for (const it of items) it.x.forEach((r, i) => (rows.push(r), ys.push(it.y[i]!)));
  const d = used.length;
  const mean = new Array<number>(d).fill(0);
  const vari = new Array<number>(d).fill(0);
  for (const r of rows) r.forEach((v, j) => (mean[j]! += v / rows.length));
  for (const r of rows) r.forEach((v, j) => (vari[j]! += (v - mean[j]!) ** 2 / rows.length));
  // A feature constant over the training rows gets a unit penalty, so it stays at zero.
  const pen = vari.map((v) => LAMBDA * (v > 1e-9 ? v : 1));
  const z = rows.map((r) => {
    const nz = [0];
    r.forEach((v, j) => v !== 0 && nz.push(j + 1));
    return { x: [1, ...r], nz };
  });
  let beta = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 40; iter++) {
    const grad = beta.map((b, j) => (j === 0 ? 0 : pen[j - 1]! * b));
    const hess = beta.map((_, j) => beta.map((__, k) => (j === k && j > 0 ? pen[j - 1]! : 0)));
    z.forEach(({ x, nz }, n) => {
      let s = 0;
      for (const j of nz) s += x[j]! * beta[j]!;
      const p = sigmoid(s);
      const w = p * (1 - p);
      for (let a = 0; a < nz.length; a++) {
        const j = nz[a]!;
        grad[j]! += (p - ys[n]!) * x[j]!;
        for (let c = a; c < nz.length; c++) hess[j]![nz[c]!]! += w * x[j]! * x[nz[c]!]!;
      }
    });
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    const step = solve(hess, grad);
    beta = beta.map((b, j) => b - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return { bias: beta[0]!, w: beta.slice(1) };
}

const logit = (m: Model, r: number[]): number => r.reduce((s, v, j) => s + m.w[j]! * v, m.bias);

const select = (it: Item, scores: readonly number[], rule: Rule): Set<number> => boxFigures(it.found, scores, rule);

/** Key-figure F1 from the labels (the scorer's matching without its one-to-one pairing): for tuning the rule. */
function quickF1(items: readonly Item[], chosen: readonly Set<number>[]): number {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  items.forEach((it, n) => {
    for (const i of chosen[n]!) tp += it.y[i]!;
    pred += chosen[n]!.size;
    gold += it.goldKey;
  });
  return (2 * tp) / Math.max(pred + gold, 1);
}

const RULES: Rule[] = [];
for (const threshold of [-3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5])
  for (const minK of [1, 2])
    for (const maxK of [3, 4]) for (const repeat of [0, 0.5, 1, 2]) for (const neighbour of [0, 1, 2]) RULES.push({ threshold, minK, maxK, repeat, neighbour });

const LONGEST = Math.max(...RULES.map((r) => r.maxK));

/** The rule with the best quickF1 on `items` (the first in RULES on a tie), reading one boxing order per pair of costs. */
function tune(items: readonly Item[], m: Model): Rule {
  const scores = items.map((it) => it.x.map((r) => logit(m, r)));
  const orders = new Map<string, BoxingOrder[]>();
  let best = RULES[0]!;
  let bestF1 = -1;
  for (const rule of RULES) {
    const costs = `${rule.repeat} ${rule.neighbour}`;
    let order = orders.get(costs);
    if (!order) orders.set(costs, (order = items.map((it, n) => boxingOrder(it.found, scores[n]!, rule, LONGEST))));
    const f1 = quickF1(
      items,
      order.map((o) => boxedOf(o, rule)),
    );
    if (f1 > bestF1 + 1e-9) [best, bestF1] = [rule, f1];
  }
  return best;
}

/** The scorer's key-figure F1 for these items with these key flags. */
function keyF1(items: readonly Item[], keys: readonly (readonly boolean[])[]): number {
  const score = scoreSet(
    items.map((it) => ({ gold: it.article.gold, text: fullText(it.article) })),
    new Map(
      items.map((it, n) => [it.article.gold.id, { id: it.article.gold.id, quotes: [], figures: it.figures.map((f, i) => ({ ...f, key: keys[n]![i]! })) }]),
    ),
  );
  return score.overall.keyFigureF1 ?? 0;
}
const handKeys = (items: readonly Item[]): boolean[][] => items.map((it) => it.figures.map((f) => f.key));
function learnedKeys(items: readonly Item[], m: Model, rule: Rule): boolean[][] {
  return items.map((it) => {
    const chosen = select(
      it,
      it.x.map((r) => logit(m, r)),
      rule,
    );
    const boxed = new Set([...chosen].map((c) => it.place[c]!));
    return it.figures.map((_, i) => boxed.has(i));
  });
}

const started = Date.now();
const set = loadDevSet();
const kept = set.articles.filter((a) => !values.skip.some((t) => a.gold.id.includes(t)));
const all = kept.map(readItem);
const finalItems = values.final ? all.filter((it) => it.article.gold.id.startsWith(values.final!)) : [];
const dev = all.filter((it) => !finalItems.includes(it));
console.error(`${dev.length} dev articles, ${finalItems.length} final, features read in ${Date.now() - started} ms`);
if (values.dump) {
  writeFileSync(
    values.dump,
    dev.flatMap((it) => it.x.map((r, i) => JSON.stringify({ id: it.article.gold.id, text: it.found[i]!.text, y: it.y[i], x: r }))).join('\n') + '\n',
  );
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
/** A mean over folds and its standard error: how far apart two rankers must be before a fold's luck stops explaining it. */
function meanSe(xs: readonly number[]): string {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const se = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1) / xs.length);
  return `${pct(mean)} ± ${(100 * se).toFixed(1)}`;
}
const batches = [...new Set(dev.map((it) => it.batch))];
/** A held-out article with the keys the ranker in use and the fold's learned ranker gave it. */
interface Pooled {
  it: Item;
  hand: boolean[];
  learned: boolean[];
}
const pooled: Pooled[] = [];
const folds: { hand: number; learned: number }[] = [];
console.log('fold    arts   hand learned  rule');
for (const b of batches) {
  const test = dev.filter((it) => it.batch === b);
  const train = dev.filter((it) => it.batch !== b);
  const m = fit(train);
  const rule = tune(train, m);
  const lk = learnedKeys(test, m, rule);
  const hk = handKeys(test);
  const fold = { hand: keyF1(test, hk), learned: keyF1(test, lk) };
  folds.push(fold);
  test.forEach((it, n) => pooled.push({ it, hand: hk[n]!, learned: lk[n]! }));
  console.log(`${b.padEnd(6)} ${String(test.length).padStart(4)} ${pct(fold.hand)} ${pct(fold.learned)}  ${JSON.stringify(rule)}`);
}
console.log(
  `mean of ${batches.length} folds: hand ${meanSe(folds.map((f) => f.hand))}  learned ${meanSe(folds.map((f) => f.learned))}  learned - hand ${meanSe(folds.map((f) => f.learned - f.hand))}`,
);
const pooledF1 = (of: readonly Pooled[], side: 'hand' | 'learned'): string =>
  pct(
    keyF1(
      of.map((p) => p.it),
      of.map((p) => p[side]),
    ),
  );
console.log(`pooled: hand ${pooledF1(pooled, 'hand')}  learned ${pooledF1(pooled, 'learned')}`);
const langs = [...new Set(pooled.map((p) => p.it.article.gold.lang))].sort();
console.log(
  `pooled by language, hand/learned: ${langs
    .map((l) => {
      const of = pooled.filter((p) => p.it.article.gold.lang === l);
      return `${l} ${pooledF1(of, 'hand').trim()}/${pooledF1(of, 'learned').trim()}`;
    })
    .join('  ')}`,
);

const model = fit(dev);
const rule = tune(dev, model);
console.log(
  `all dev (in sample): hand ${pct(keyF1(dev, handKeys(dev)))}  learned ${pct(keyF1(dev, learnedKeys(dev, model, rule)))}  rule ${JSON.stringify(rule)}`,
);
if (finalItems.length) {
  console.log(
    `final ${values.final}: hand ${pct(keyF1(finalItems, handKeys(finalItems)))}  learned ${pct(keyF1(finalItems, learnedKeys(finalItems, model, rule)))}`,
  );
}
const weights = used.map(([n], j) => [n, model.w[j]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(weights.map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', '));

if (values.write) {
  const command = ['npx tsx bench/quality/train-key-figures.ts', ...process.argv.slice(2)].join(' ');
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
    `  bias: ${model.bias.toFixed(4)},`,
    '  weights: {',
    ...FEATURE_NAMES.map((n) => `    ${n}: ${(used.findIndex(([u]) => u === n) < 0 ? 0 : model.w[used.findIndex(([u]) => u === n)]!).toFixed(4)},`),
    '  },',
    `  rule: ${JSON.stringify(rule)
      .replace(/"(\w+)":/g, '$1: ')
      .replace(/,/g, ', ')},`,
    '};',
    '',
  ];
  writeFileSync(new URL('../../src/summarize/key-figure-model.ts', import.meta.url), lines.join('\n'));
}
