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

/** Runs `extract` over every page; returns the predictions and the pages per second. */
function measure(pages: CorpusPage[], extract: (page: CorpusPage) => string): { predictions: Predictions; rate: number } {
  const predictions: Predictions = {};
  const t0 = performance.now();
  for (const page of pages) predictions[page.id] = { articleBody: extract(page) };
  const seconds = (performance.now() - t0) / 1000;
  return { predictions, rate: pages.length / seconds };
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
  process.stderr.write(`  ours over ${pages.length} pages...\n`);
  const mine = measure(pages, ours);
  process.stderr.write(`  readability + jsdom over ${pages.length} pages...\n`);
  const base = measure(pages, readabilityOnJsdom);
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
