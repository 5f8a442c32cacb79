/** One line of `npm run bench` output, as the contract fixes it. */
export interface BenchLine {
  bench:
    'render' | 'deliver' | 'extract' | 'summarize' | 'ingest' | 'summarize-quality' | 'scale' | 'cli-start' | 'feeds-corpus' | 'deliver-workers' | 'send-100k';
  metric: string;
  ours: number;
  baseline: number;
  /** How many times better ours is (above 1 is better), or the fraction of a physical limit reached. */
  ratio: number;
}

/**
 * A `summarize-quality` line: one language of the dev set (or `all`), `ours`
 * the speaker accuracy against its target, every other measure beside it, in
 * percent (null where the set has nothing to measure).
 */
export interface QualityBenchLine extends BenchLine {
  bench: 'summarize-quality';
  lang: string;
  quoteF1: number | null;
  speakerAccuracy: number | null;
  keyQuoteF1: number | null;
  figureF1: number | null;
  keyFigureF1: number | null;
  /** Share of predicted figures that say what they count. */
  countsShare: number | null;
  junkLeaked: number;
  articles: number;
  quotes: number;
  /** The targets of issues 21 and 22 for this line, in percent. */
  targets: Record<string, number>;
}

/** A bench module: bench/<name>.bench.ts exporting `run`. */
export type BenchRun = () => AsyncIterable<BenchLine> | Promise<BenchLine[]>;

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Wall-clock milliseconds of `fn`, best of `repeats`. */
export async function timeBest(fn: () => unknown, repeats = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
