/**
 * One queue-mode send measured from outside: N worker processes and a `send`
 * process on a fresh PostgreSQL schema and Redis prefix, mail to a sink
 * process, each process's peak RSS read back as it exits.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/index.js';
import { cliProcess, freshQueueEnv, REDIS_URL, type CliProcess } from '../tests/helpers/queue-env.js';
import { writeTestConfig } from '../tests/helpers/test-config.js';
import type { SinkProcess } from './smtp-sink-process.js';

const peakRss = path.join(path.dirname(fileURLToPath(import.meta.url)), 'print-peak-rss.mjs');

export interface QueueSendResult {
  /** From starting `send` to the sink accepting the last message. */
  seconds: number;
  /** Messages per second at the sink, first to last. */
  rate: number;
  sendRssBytes: number;
  workerRssBytes: number[];
}

async function exited(p: CliProcess): Promise<number> {
  await p.exit;
  const kib = /peak-rss-kib (\d+)/.exec(p.output());
  if (!kib) throw new Error(`no peak RSS: ${p.output().slice(-2000)}`);
  return Number(kib[1]) * 1024;
}

export async function queueSend(o: { readers: number; workers: number; sink: SinkProcess; batchSize?: number }): Promise<QueueSendResult> {
  const env = await freshQueueEnv();
  try {
    const { dir, config } = writeTestConfig([
      'queue:',
      `  prefix: ${env.prefix}`,
      `  batchSize: ${o.batchSize ?? 500}`,
      'smtp:',
      '  maxConnections: 4',
      '  ratePerSecond: 1000000',
    ]);
    const store = await openStore(env.databaseUrl);
    const at = new Date().toISOString();
    for (let i = 0; i < o.readers; i += 10_000) {
      const batch = Array.from({ length: Math.min(10_000, o.readers - i) }, (_, k) => ({
        email: `reader${i + k}@example.org`,
        name: (i + k) % 2 ? `Reader ${i + k}` : null,
        status: 'confirmed' as const,
      }));
      await store.subscribers.importMany(batch, at, false);
    }
    await store.close();
    await o.sink.reset();
    const vars = {
      NEWS_DIGEST_FROM_SOURCES: '1',
      DATABASE_URL: env.databaseUrl,
      REDIS_URL,
      SMTP_URL: `smtp://127.0.0.1:${o.sink.port}`,
      DIGEST_SECRET: 'queue-bench-secret-0123456789abcdef',
    };
    const workers = Array.from({ length: o.workers }, () => cliProcess(['worker', '--concurrency', '2', '--config', config], dir, vars, ['--import', peakRss]));
    await Promise.all(workers.map((w) => w.waitFor('working on')));
    const t0 = performance.now();
    const send = cliProcess(['send', '--config', config], dir, vars, ['--import', peakRss]);
    const sendRssBytes = await exited(send);
    if (!send.output().includes(`${o.readers} deliveries handed to the workers`)) throw new Error(`queue bench: send failed: ${send.output().slice(-2000)}`);
    let c = await o.sink.count();
    while (c.accepted < o.readers) {
      if (workers.every((w) => w.child.exitCode !== null)) throw new Error('queue bench: every worker exited');
      await new Promise((r) => setTimeout(r, 100));
      c = await o.sink.count();
    }
    const seconds = (performance.now() - t0) / 1000;
    for (const w of workers) w.child.kill('SIGTERM');
    const workerRssBytes = await Promise.all(workers.map(exited));
    return { seconds, rate: (c.accepted - 1) / ((c.last - c.first) / 1000), sendRssBytes, workerRssBytes };
  } finally {
    await env.drop();
  }
}
