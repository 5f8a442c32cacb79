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
import type { Tally } from './score-summaries.js';
import { addTally, emptyTally, measures, scoreSet, unitsAgree, valueAgrees } from './score-summaries.js';

const { values } = parseArgs({
  options: {
    skip: { type: 'string', multiple: true, default: [] },
    final: { type: 'string' },
    lambda: { type: 'string', default: '1' },
    drop: { type: 'string', multiple: true, default: [] },
    'score-only': { type: 'string', multiple: true, default: [] },
    weight: { type: 'string', default: '1' },
    'base-drop': { type: 'string', multiple: true, default: [] },
    'base-weight': { type: 'string', default: '1' },
    'min-k': { type: 'string', default: '1,2' },
    'max-k': { type: 'string', default: '3,4' },
    dump: { type: 'string' },
    write: { type: 'boolean', default: false },
  },
});
const LAMBDA = Number(values.lambda);
const scoredBatches = new Set(values['score-only'].map((b) => b.replace(/-$/, '')));

/** What one fit reads: the features it keeps (indices into FEATURE_NAMES) and what each training article weighs. */
interface Config {
  cols: number[];
  weightOf: (batch: string) => number;
  /** The selection rules its tuning picks from. */
  rules: Rule[];
}
const counts = (list: string): number[] => list.split(',').map(Number);
function config(drop: readonly string[], weight: string, minKs: string, maxKs: string): Config {
  for (const n of drop) if (!(FEATURE_NAMES as readonly string[]).includes(n)) throw new Error(`no feature ${n}`);
  const w = Number(weight);
  return {
    cols: FEATURE_NAMES.map((n, i) => [n, i] as const)
      .filter(([n]) => !drop.includes(n))
      .map(([, i]) => i),
    weightOf: (batch) => (scoredBatches.has(batch) ? w : 1),
    rules: rules(counts(minKs), counts(maxKs)),
  };
}
const variant = config(values.drop, values.weight, values['min-k'], values['max-k']);
const base = config(values['base-drop'], values['base-weight'], '1,2', '3,4');

interface Item {
  article: DevArticle;
  batch: string;
  figures: Figure[];
  found: FoundFigure[];
  /** Every feature of FEATURE_NAMES, per candidate; a config reads its columns. */
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
    x: figureFeatures(sig, frame, doc.text, lex),
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
function fit(items: readonly Item[], cfg: Config): Model {
  const rows: number[][] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const it of items) it.x.forEach((r, i) => (rows.push(cfg.cols.map((c) => r[c]!)), ys.push(it.y[i]!), ws.push(cfg.weightOf(it.batch))));
  const d = cfg.cols.length;
  const total = ws.reduce((a, b) => a + b, 0);
  const mean = new Array<number>(d).fill(0);
  const vari = new Array<number>(d).fill(0);
  rows.forEach((r, n) => r.forEach((v, j) => (mean[j]! += (ws[n]! * v) / total)));
  rows.forEach((r, n) => r.forEach((v, j) => (vari[j]! += (ws[n]! * (v - mean[j]!) ** 2) / total)));
  // The penalty grows with the training weight, so weighing some articles up does not loosen it for the rest.
  const scale = total / rows.length;
  // A feature constant over the training rows gets a unit penalty, so it stays at zero.
  const pen = vari.map((v) => LAMBDA * scale * (v > 1e-9 ? v : 1));
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
      const w = ws[n]! * p * (1 - p);
      for (let a = 0; a < nz.length; a++) {
        const j = nz[a]!;
        grad[j]! += ws[n]! * (p - ys[n]!) * x[j]!;
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

const logit = (m: Model, cfg: Config, r: number[]): number => cfg.cols.reduce((s, c, j) => s + m.w[j]! * r[c]!, m.bias);

/** Key-figure F1 from the labels (the scorer's matching without its one-to-one pairing): for tuning the rule. */
function quickF1(items: readonly Item[], chosen: readonly Set<number>[], cfg: Config): number {
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

/** The selection rules a fit tunes over, for these minimum and maximum counts. */
function rules(minKs: readonly number[], maxKs: readonly number[]): Rule[] {
  const out: Rule[] = [];
  for (const threshold of [-3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5])
    for (const minK of minKs)
      for (const maxK of maxKs) for (const repeat of [0, 0.5, 1, 2]) for (const neighbour of [0, 1, 2]) out.push({ threshold, minK, maxK, repeat, neighbour });
  return out;
}

/** The rule with the best quickF1 on `items` (the first of the config's rules on a tie), reading one boxing order per pair of costs. */
function tune(items: readonly Item[], m: Model, cfg: Config): Rule {
  const scores = items.map((it) => it.x.map((r) => logit(m, cfg, r)));
  const orders = new Map<string, BoxingOrder[]>();
  const longest = Math.max(...cfg.rules.map((r) => r.maxK));
  let best = cfg.rules[0]!;
  let bestF1 = -1;
  for (const rule of cfg.rules) {
    const costs = `${rule.repeat} ${rule.neighbour}`;
    let order = orders.get(costs);
    if (!order) orders.set(costs, (order = items.map((it, n) => boxingOrder(it.found, scores[n]!, rule, longest))));
    const f1 = quickF1(
      items,
      order.map((o) => boxedOf(o, rule)),
      cfg,
    );
    if (f1 > bestF1 + 1e-9) [best, bestF1] = [rule, f1];
  }
  return best;
}

/** The scorer's key-figure counts for these items with these key flags: boxed, boxed right, gold, gold found. */
function keyTally(items: readonly Item[], keys: readonly (readonly boolean[])[]): Tally {
  const score = scoreSet(
    items.map((it) => ({ gold: it.article.gold, text: fullText(it.article) })),
    new Map(
      items.map((it, n) => [it.article.gold.id, { id: it.article.gold.id, quotes: [], figures: it.figures.map((f, i) => ({ ...f, key: keys[n]![i]! })) }]),
    ),
  );
  return score.articles.reduce((t, a) => addTally(t, a.tally), emptyTally());
}
const keyF1 = (items: readonly Item[], keys: readonly (readonly boolean[])[]): number => measures(keyTally(items, keys)).keyFigureF1 ?? 0;
const handKeys = (items: readonly Item[]): boolean[][] => items.map((it) => it.figures.map((f) => f.key));
function learnedKeys(items: readonly Item[], m: Model, rule: Rule, cfg: Config): boolean[][] {
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

const started = Date.now();
const set = loadDevSet();
const kept = set.articles.filter((a) => !values.skip.some((t) => a.gold.id.includes(t)));
const all = kept.map(readItem);
const finalItems = values.final ? all.filter((it) => it.article.gold.id.startsWith(values.final!)) : [];
const dev = all.filter((it) => !finalItems.includes(it));
console.error(`${dev.length} dev articles, ${finalItems.length} final, features read in ${Date.now() - started} ms`);
for (const b of scoredBatches) if (!dev.some((it) => it.batch === b)) throw new Error(`--score-only ${b}: no such batch`);
if (values.dump) {
  writeFileSync(
    values.dump,
    dev
      .flatMap((it) => it.x.map((r, i) => JSON.stringify({ id: it.article.gold.id, text: it.found[i]!.text, y: it.y[i], x: variant.cols.map((c) => r[c]) })))
      .join('\n') + '\n',
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
const SIDES = ['inUse', 'base', 'variant'] as const;
type Side = (typeof SIDES)[number];
/** A held-out article with the keys the ranker in use, the fold's baseline and the fold's variant gave it. */
type Pooled = { it: Item } & Record<Side, boolean[]>;
const pooled: Pooled[] = [];
const folds: ({ batch: string } & Record<Side, number>)[] = [];
console.log('fold    arts  in use   base variant  variant rule');
for (const b of batches) {
  const test = dev.filter((it) => it.batch === b);
  const train = dev.filter((it) => it.batch !== b);
  const keys = { inUse: handKeys(test) } as Record<Side, boolean[][]>;
  let shown = '';
  for (const [side, cfg] of [
    ['base', base],
    ['variant', variant],
  ] as const) {
    const m = fit(train, cfg);
    const rule = tune(train, m, cfg);
    keys[side] = learnedKeys(test, m, rule, cfg);
    shown = JSON.stringify(rule);
  }
  const fold = { batch: b, inUse: keyF1(test, keys.inUse), base: keyF1(test, keys.base), variant: keyF1(test, keys.variant) };
  folds.push(fold);
  test.forEach((it, n) => pooled.push({ it, inUse: keys.inUse[n]!, base: keys.base[n]!, variant: keys.variant[n]! }));
  console.log(
    `${(scoredBatches.has(b) ? `${b}*` : b).padEnd(6)} ${String(test.length).padStart(4)} ${pct(fold.inUse)} ${pct(fold.base)} ${pct(fold.variant)}  ${shown}`,
  );
}

/** Pooled key-figure F1 (precision/recall, boxed per article) of each side over these held-out articles. */
function pooledLine(of: readonly Pooled[]): string {
  return SIDES.map((side) => {
    const m = keyTally(
      of.map((p) => p.it),
      of.map((p) => p[side]),
    );
    const f1 = measures(m).keyFigureF1 ?? 0;
    return `${side} ${pct(f1).trim()} (P ${pct(m.predKeyFiguresRight / m.predKeyFigures).trim()} R ${pct(m.goldKeyFiguresFlagged / m.goldKeyFigures).trim()}, ${(m.predKeyFigures / of.length).toFixed(2)}/art)`;
  }).join('  ');
}
function summary(label: string, fs: typeof folds): void {
  const of = pooled.filter((p) => fs.some((f) => f.batch === p.it.batch));
  console.log(`${label}: ${fs.length} folds, ${of.length} articles (gold ${(of.reduce((s, p) => s + p.it.goldKey, 0) / of.length).toFixed(2)} key/art)`);
  console.log(
    `  mean: in use ${meanSe(fs.map((f) => f.inUse))}  base ${meanSe(fs.map((f) => f.base))}  variant ${meanSe(fs.map((f) => f.variant))}  variant - base ${meanSe(fs.map((f) => f.variant - f.base))}`,
  );
  console.log(`  pooled: ${pooledLine(of)}`);
  const langs = [...new Set(of.map((p) => p.it.article.gold.lang))].sort();
  console.log(
    `  pooled by language, in use/base/variant: ${langs
      .map((l) => {
        const ofLang = of.filter((p) => p.it.article.gold.lang === l);
        const f1 = (side: Side): string =>
          pct(
            keyF1(
              ofLang.map((p) => p.it),
              ofLang.map((p) => p[side]),
            ),
          ).trim();
        return `${l} ${SIDES.map(f1).join('/')}`;
      })
      .join('  ')}`,
  );
}
if (scoredBatches.size)
  summary(
    'scored folds',
    folds.filter((f) => scoredBatches.has(f.batch)),
  );
summary('all folds', folds);

const model = fit(dev, variant);
const rule = tune(dev, model, variant);
console.log(
  `all dev (in sample): in use ${pct(keyF1(dev, handKeys(dev)))}  variant ${pct(keyF1(dev, learnedKeys(dev, model, rule, variant)))}  rule ${JSON.stringify(rule)}`,
);
if (finalItems.length) {
  console.log(
    `final ${values.final}: in use ${pct(keyF1(finalItems, handKeys(finalItems)))}  variant ${pct(keyF1(finalItems, learnedKeys(finalItems, model, rule, variant)))}`,
  );
}
const weights = variant.cols.map((c, j) => [FEATURE_NAMES[c]!, model.w[j]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(weights.map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', '));

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
