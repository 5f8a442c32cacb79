/**
 * `npm run quality [-- --details] [--lang CODE]... [--only TEXT]... [--skip TEXT]... [--predictions FILE]`: the
 * summarizer on the dev set, a table per language, and with --details what each
 * article misses (missed or extra quotes and figures, wrong speakers, key flags,
 * figures without `counts`, junk leaked). --predictions writes the predictions
 * as JSON lines in the shared scorer's format. --only and --skip keep or leave
 * out the articles whose id holds TEXT ("s3-": a later, untuned batch); each may be
 * given more than once.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDevSet } from './load-dev-set.js';
import { runDevSet } from './predict.js';
import type { ArticleMisses, Measures } from './score-summaries.js';

const { values } = parseArgs({
  options: {
    details: { type: 'boolean', default: false },
    lang: { type: 'string', multiple: true, default: [] },
    predictions: { type: 'string' },
    only: { type: 'string', multiple: true, default: [] },
    skip: { type: 'string', multiple: true, default: [] },
  },
});

const loaded = loadDevSet({ langs: values.lang });
// --only / --skip: articles whose id holds the text, e.g. a held-back batch ("s3k") scored apart from the set it was not tuned on.
const set = {
  ...loaded,
  articles: loaded.articles.filter(
    (a) => (values.only.length === 0 || values.only.some((t) => a.gold.id.includes(t))) && !values.skip.some((t) => a.gold.id.includes(t)),
  ),
};
for (const s of set.skipped) console.error(`skipped ${s.id}: ${s.reason}`);
const { score, predictions } = runDevSet(set);

const pct = (x: number | null): string => (x === null ? '    -' : (100 * x).toFixed(1).padStart(5));
const header = 'lang   arts quotes | quote P     R    F1 speaker keyF1 | figure P     R    F1 keyF1 counts | junk';
console.log(header);
console.log('-'.repeat(header.length));
const row = (lang: string, m: Measures): void =>
  console.log(
    `${lang.padEnd(6)} ${String(m.articles).padStart(4)} ${String(m.quotes).padStart(6)} |  ${pct(m.quotePrecision)} ${pct(m.quoteRecall)} ${pct(m.quoteF1)}   ${pct(m.speakerAccuracy)} ${pct(m.keyQuoteF1)} |   ${pct(m.figurePrecision)} ${pct(m.figureRecall)} ${pct(m.figureF1)} ${pct(m.keyFigureF1)}  ${pct(m.countsShare)} | ${m.junkLeaked}/${m.junkLines}`,
  );
for (const [lang, m] of score.perLanguage) row(lang, m);
row('all', score.overall);

const clip = (s: string, n = 70): string => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);

function describe(m: ArticleMisses, goldLang: string, readAs: string | undefined): string[] {
  const out: string[] = [];
  if (readAs && readAs !== goldLang) out.push(`  read as language ${readAs}, not ${goldLang}`);
  const list = (label: string, items: string[]): void => {
    if (items.length) out.push(`  ${label}:`, ...items.map((i) => `    ${i}`));
  };
  list(
    'missed quotes',
    m.missedQuotes.map((q) => `${q.key ? '[key] ' : ''}${clip(q.text)}`),
  );
  list(
    'wrong speakers',
    m.wrongSpeakers.map((w) => `${clip(w.quote, 50)}: ${w.predicted ?? 'none'} (gold ${w.gold})`),
  );
  list(
    'extra quotes',
    m.extraQuotes.map((t) => clip(t)),
  );
  list(
    'key quotes not flagged',
    m.keyQuotesNotFlagged.map((t) => clip(t, 60)),
  );
  list(
    'quotes flagged key wrongly',
    m.quotesFlaggedNotKey.map((t) => clip(t, 60)),
  );
  list(
    'missed figures',
    m.missedFigures.map((f) => `${f.key ? '[key] ' : ''}${f.text}`),
  );
  list('extra figures', m.extraFigures);
  list('key figures not flagged', m.keyFiguresNotFlagged);
  list('figures flagged key wrongly', m.figuresFlaggedNotKey);
  list('figures without counts', m.figuresWithoutCounts);
  list(
    'junk leaked',
    m.leakedJunk.map((t) => clip(t)),
  );
  return out;
}

if (values.details) {
  score.articles.forEach((a, i) => {
    const article = set.articles[i]!;
    const lines = describe(a.misses, article.gold.lang, predictions.get(article.gold.id)?.lang);
    if (lines.length) console.log(`\n${a.misses.id} (${article.origin})\n${lines.join('\n')}`);
  });
}

if (values.predictions) {
  writeFileSync(values.predictions, [...predictions.values()].map((p) => JSON.stringify(p.prediction)).join('\n') + '\n');
  console.error(`predictions written to ${values.predictions}`);
}
