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

export interface SendScaleLine extends BenchLine {
  bench: 'send-100k';
  readers: number;
  wallSeconds: number;
  messagesPerSecond: number;
  peakRssMiB: { send: number; workers: number[] };
}

export async function run(): Promise<BenchLine[]> {
  const sink = await startSinkProcess();
  const results = new Map<number, QueueSendResult>();
  try {
    for (const readers of [SMALL, LARGE]) {
      const r = await queueSend({ readers, workers: WORKERS, sink, batchSize: 1000 });
      results.set(readers, r);
      process.stderr.write(`send-100k: ${readers} readers: ${r.seconds.toFixed(1)} s, ${r.rate.toFixed(0)} msg/s, peak RSS send ${(r.sendRssBytes / MiB).toFixed(0)} MiB, workers ${r.workerRssBytes.map((b) => (b / MiB).toFixed(0)).join('/')} MiB\n`);
    }
  } finally {
    sink.child.kill();
  }
  const small = results.get(SMALL)!;
  const large = results.get(LARGE)!;
  const peak = (r: QueueSendResult) => Math.max(r.sendRssBytes, ...r.workerRssBytes);
  const mib = (b: number) => round(b / MiB, 1);
  const detail = (readers: number, r: QueueSendResult) => ({
    readers,
    wallSeconds: round(r.seconds, 1),
    messagesPerSecond: round(r.rate, 1),
    peakRssMiB: { send: mib(r.sendRssBytes), workers: r.workerRssBytes.map(mib) },
  });
  const lines: SendScaleLine[] = [
    {
      bench: 'send-100k',
      metric: `largest peak RSS MiB of any process, ${WORKERS} workers sending to ${LARGE} readers (baseline: to ${SMALL}; flat is 1)`,
      ours: mib(peak(large)),
      baseline: mib(peak(small)),
      ratio: round(peak(small) / peak(large)),
      ...detail(LARGE, large),
    },
    {
      bench: 'send-100k',
      metric: `wall seconds per 1000 readers, ${WORKERS} workers sending to ${LARGE} readers (baseline: to ${SMALL})`,
      ours: round((large.seconds * 1000) / LARGE, 3),
      baseline: round((small.seconds * 1000) / SMALL, 3),
      ratio: round(small.seconds / SMALL / (large.seconds / LARGE)),
      ...detail(SMALL, small),
    },
  ];
  return lines;
}
