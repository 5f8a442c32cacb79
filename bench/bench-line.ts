/** One line of `npm run bench` output, as the contract fixes it. */
export interface BenchLine {
  bench: 'render' | 'deliver' | 'extract' | 'summarize' | 'ingest' | 'scale';
  metric: string;
  ours: number;
  baseline: number;
  /** How many times better ours is (above 1 is better), or the fraction of a physical limit reached. */
  ratio: number;
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
