/**
 * Bench `send-100k`: a queue-mode send to 100,000 readers by 4 workers, its
 * wall time, and the peak RSS of every process (the `send` that composes and
 * enqueues, each worker), beside the same send to 10,000: memory must stay
 * flat as the list grows, since nothing holds more than a batch of readers.
 */
import { round, type BenchLine } from './bench-line.js';
import { queueSend, type QueueSendResult } from './queue-send.js';
import { startSinkProcess } from './smtp-sink-process.js';

const SMALL = 10_000;
const LARGE = 100_000;
const WORKERS = 4;
const MiB = 1024 * 1024;

export async function run(): Promise<BenchLine[]> {
  const sink = await startSinkProcess();
  const results = new Map<number, QueueSendResult>();
  try {
    for (const readers of [SMALL, LARGE]) {
      const r = await queueSend({ readers, workers: WORKERS, sink, batchSize: 1000 });
      results.set(readers, r);
      process.stderr.write(
        `send-100k: ${readers} readers: ${r.seconds.toFixed(1)} s, ${r.rate.toFixed(0)} msg/s, peak RSS send ${(r.sendRssBytes / MiB).toFixed(0)} MiB, workers ${r.workerRssBytes.map((b) => (b / MiB).toFixed(0)).join('/')} MiB\n`,
      );
    }
  } finally {
    sink.child.kill();
  }
  const small = results.get(SMALL)!;
  const large = results.get(LARGE)!;
  const mib = (b: number) => round(b / MiB, 1);
  const processes: [string, (r: QueueSendResult) => number][] = [
    ['the send process', (r) => r.sendRssBytes],
    ...large.workerRssBytes.map((_, i) => [`worker ${i + 1}`, (r: QueueSendResult) => r.workerRssBytes[i]!] as [string, (r: QueueSendResult) => number]),
  ];
  return [
    {
      bench: 'send-100k',
      metric: `wall seconds, ${WORKERS} workers sending to ${LARGE} readers from the start of send to the last message (baseline: ten times the send to ${SMALL})`,
      ours: round(large.seconds, 1),
      baseline: round(small.seconds * (LARGE / SMALL), 1),
      ratio: round((small.seconds * (LARGE / SMALL)) / large.seconds),
    },
    // One line per process: flat memory is a ratio near 1 however long the list.
    ...processes.map(([name, rss]) => ({
      bench: 'send-100k' as const,
      metric: `peak RSS MiB of ${name}, ${WORKERS} workers sending to ${LARGE} readers (baseline: to ${SMALL}; flat is 1)`,
      ours: mib(rss(large)),
      baseline: mib(rss(small)),
      ratio: round(rss(small) / rss(large)),
    })),
  ];
}
