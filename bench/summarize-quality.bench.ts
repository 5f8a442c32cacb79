/**
 * Bench `summarize-quality`: the summarizer on the project's own annotated
 * development set (bench/quality), one line per language and one for `all`:
 * speaker accuracy against its target, with quote span F1, key-quote F1,
 * figure F1, key-figure F1, the share of figures saying what they count and
 * junk leaked beside it. `npm run quality` lists what each article misses.
 */
import type { BenchLine, QualityBenchLine } from './bench-line.js';
import { round } from './bench-line.js';
import { loadDevSet } from './quality/load-dev-set.js';
import { runDevSet } from './quality/predict.js';
import type { Measures } from './quality/score-summaries.js';

/** Issues 21 and 22: every language must reach these... */
const PER_LANGUAGE_TARGETS = { quoteF1: 90, speakerAccuracy: 85, keyQuoteF1: 60, keyFigureF1: 60 };
/** ...and the whole set these. */
const OVERALL_TARGETS = { quoteF1: 97, speakerAccuracy: 93, keyQuoteF1: 75, figureF1: 92, keyFigureF1: 78, countsShare: 95 };

const percent = (x: number | null): number | null => (x === null ? null : round(100 * x, 1));

export function qualityLine(lang: string, m: Measures): QualityBenchLine {
  const targets: Record<string, number> = lang === 'all' ? OVERALL_TARGETS : PER_LANGUAGE_TARGETS;
  const ours = percent(m.speakerAccuracy) ?? 0;
  const baseline = targets.speakerAccuracy!;
  return {
    bench: 'summarize-quality',
    lang,
    metric: 'speaker accuracy',
    ours,
    baseline,
    ratio: round(ours / baseline, 3),
    quoteF1: percent(m.quoteF1),
    speakerAccuracy: percent(m.speakerAccuracy),
    keyQuoteF1: percent(m.keyQuoteF1),
    figureF1: percent(m.figureF1),
    keyFigureF1: percent(m.keyFigureF1),
    countsShare: percent(m.countsShare),
    junkLeaked: m.junkLeaked,
    articles: m.articles,
    quotes: m.quotes,
    targets,
  };
}

export async function run(): Promise<BenchLine[]> {
  const set = loadDevSet();
  for (const s of set.skipped) process.stderr.write(`  skipped ${s.id}: ${s.reason}\n`);
  const { score } = runDevSet(set);
  process.stderr.write(`  ${score.overall.articles} articles, ${score.overall.quotes} quotes, ${score.overall.figures} figures\n`);
  return [...[...score.perLanguage].map(([lang, m]) => qualityLine(lang, m)), qualityLine('all', score.overall)];
}
