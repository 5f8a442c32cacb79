/**
 * Bench `deliver-workers`: does delivery scale out? The same edition to the
 * same readers in queue mode, by 1, 2 and 4 worker processes (4 SMTP
 * connections each), to a sink in its own process that answers each message
 * after 100 ms, as a busy server across a network would: one worker is then
 * held to 40 messages a second by its connections, and more workers should
 * add theirs. (On loopback with no delay the bench would measure the cores of
 * this machine, shared by every process, not the workers.) Messages per second
 * at the sink, first to last.
 */
import { round, type BenchLine } from './bench-line.js';
import { queueSend } from './queue-send.js';
import { startSinkProcess } from './smtp-sink-process.js';

const READERS = 2000;
const REPLY_DELAY_MS = 100;

export async function run(): Promise<BenchLine[]> {
  const sink = await startSinkProcess({ replyDelayMs: REPLY_DELAY_MS });
  const rates = new Map<number, number>();
  try {
    for (const workers of [1, 2, 4]) {
      const r = await queueSend({ readers: READERS, workers, sink });
      rates.set(workers, r.rate);
      process.stderr.write(`deliver-workers: ${workers} workers: ${r.rate.toFixed(0)} msg/s\n`);
    }
  } finally {
    sink.child.kill();
  }
  const one = rates.get(1)!;
  return [2, 4].map((n) => ({
    bench: 'deliver-workers' as const,
    metric: `messages per second, ${n} workers (baseline: 1 worker) to ${READERS} readers, sink answering in ${REPLY_DELAY_MS} ms`,
    ours: round(rates.get(n)!, 1),
    baseline: round(one, 1),
    ratio: round(rates.get(n)! / one),
  }));
}
