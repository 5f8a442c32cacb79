/**
 * Bench `extract`: pages per second on the article-extraction corpus, ours
 * (Readability on linkedom plus our cleanup) against Readability on jsdom,
 * and both F1 scores with the benchmark's own metric. Extra lines give
 * precision and recall, where the difference comes from.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/extract/index.js';
import { corpusMissingReason, loadExtractionCorpus } from '../tests/helpers/extraction-corpus.js';
import type { CorpusPage, Predictions } from '../tests/helpers/extraction-corpus.js';
import type { BenchLine } from './bench-line.js';
import { round } from './bench-line.js';

function jsdomDocument(page: CorpusPage, html: string): Document {
  return new JSDOM(html, { url: page.url, virtualConsole: new VirtualConsole() }).window.document;
}

/** The baseline as published: Readability's textContent on a jsdom document. */
function readabilityOnJsdom(page: CorpusPage): string {
  let doc: Document;
  try {
    doc = jsdomDocument(page, page.html);
  } catch {
    // jsdom's CSS parser throws on a few pages; styles mean nothing to Readability.
    doc = jsdomDocument(page, page.html.replace(/<style[\s\S]*?<\/style>/gi, ''));
  }
  return new Readability(doc).parse()?.textContent ?? '';
}

function ours(page: CorpusPage): string {
  return extractArticle(page.html, { url: page.url }).text;
}

interface Measured {
  predictions: Predictions;
  /** Pages per second. */
  rate: number;
}

/**
 * Runs ours and the baseline over every page, page by page in turn, so a burst
 * of load on the shared machine falls on both sides alike rather than on
 * whichever happened to run through it (a forced collection between them
 * made ours 2.5 times slower: V8 shrinks the heap after it); returns each
 * side's predictions and pages per second.
 */
function measureBoth(pages: CorpusPage[], sides: readonly ((page: CorpusPage) => string)[]): Measured[] {
  const predictions: Predictions[] = sides.map(() => ({}));
  const ms = sides.map(() => 0);
  for (const page of pages) {
    sides.forEach((extract, i) => {
      const t0 = performance.now();
      predictions[i]![page.id] = { articleBody: extract(page) };
      ms[i]! += performance.now() - t0;
    });
  }
  return sides.map((_, i) => ({ predictions: predictions[i]!, rate: pages.length / (ms[i]! / 1000) }));
}

export async function run(): Promise<BenchLine[]> {
  const missing = corpusMissingReason();
  if (missing) {
    process.stderr.write(`bench extract skipped: ${missing}\n`);
    return [];
  }
  const corpus = await loadExtractionCorpus();
  const { pages } = corpus;
  // One warm-up pass each over a few pages, so neither side pays for JIT and module loading.
  for (const page of pages.slice(0, 5)) {
    ours(page);
    readabilityOnJsdom(page);
  }
  process.stderr.write(`  ours and readability + jsdom, page by page, over ${pages.length} pages...\n`);
  const [mine, base] = measureBoth(pages, [ours, readabilityOnJsdom]) as [Measured, Measured];
  const a = corpus.score(mine.predictions);
  const b = corpus.score(base.predictions);
  const line = (metric: string, o: number, bl: number, digits = 4): BenchLine => ({
    bench: 'extract',
    metric,
    ours: round(o, digits),
    baseline: round(bl, digits),
    ratio: round(o / bl, 3),
  });
  return [
    line('pages_per_s', mine.rate, base.rate, 1),
    line('f1', a.f1, b.f1),
    line('precision', a.precision, b.precision),
    line('recall', a.recall, b.recall),
  ];
}
