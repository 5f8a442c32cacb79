import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { cliProcess, freshQueueEnv, REDIS_URL, queueTestbed } from '../helpers/queue-env.js';
import { cli } from '../helpers/run-cli.js';
import { writeTestConfig } from '../helpers/test-config.js';

const SECRET = 'queue-test-secret-0123456789abcdef';

/**
 * Resolves once the digest's latest edition is marked sent: the worker that hands out the last
 * delivery marks it after the ledger commit, so an empty queue alone is no end yet.
 */
async function allSent(store: Store, timeoutMs = 90_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [edition] = await store.editions.list('daily', 1);
    if (edition?.status === 'sent') return edition.id;
    if (Date.now() > until) throw new Error('edition not marked sent');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('queue mode: send enqueues, workers fetch, summarize and deliver', () => {
  const bed = queueTestbed();

  it('two workers send every reader one copy carrying the ledger Message-ID; status shows the queues; SIGTERM stops them cleanly', async () => {
    const { env, sink } = bed;
    const { dir, config } = writeTestConfig(['queue:', `  prefix: ${env.prefix}`, '  batchSize: 7']);
    const vars = { DATABASE_URL: env.databaseUrl, REDIS_URL, SMTP_URL: sink.url, DIGEST_SECRET: SECRET };
    const csv = Array.from({ length: 40 }, (_, i) => `reader${i}@example.org`).join('\n');
    expect((await cli(['subscribers', 'import', '-', '--confirmed', '--config', config], { env: vars, cwd: dir, stdin: csv })).code).toBe(0);

    const workers = [0, 1].map(() => cliProcess(['worker', '--concurrency', '2', '--metrics-port', '0', '--config', config], dir, vars));
    onTestFinished(() => workers.forEach((w) => w.child.exitCode === null && w.child.kill('SIGKILL')));
    await Promise.all(workers.map((w) => w.waitFor('working on')));
    const sent = await cli(['send', '--config', config], { env: vars, cwd: dir });
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toContain('40 deliveries handed to the workers');
    // The workers fetched and summarized: the send did not fall back to doing it itself.
    expect(sent.stderr).not.toContain('no-workers');

    const store = await openStore(env.databaseUrl);
    try {
      const editionId = await allSent(store);
      const ledger = await store.deliveries.list(editionId);
      expect(ledger.map((d) => d.status)).toEqual(Array(40).fill('submitted'));
      const byReader = new Map<string, string[]>();
      for (const m of sink.messages) byReader.set(m.envelopeTo[0]!, [...(byReader.get(m.envelopeTo[0]!) ?? []), m.parsed.messageId!]);
      expect(byReader.size).toBe(40);
      for (const d of ledger) expect(byReader.get(d.email)).toEqual([d.messageId]);
      expect((await store.deliveries.counts(editionId)).queued).toBe(0);
    } finally {
      await store.close();
    }

    const status = await cli(['status', '--json', '--config', config], { env: vars, cwd: dir });
    expect(status.code, status.stderr).toBe(0);
    const parsed = JSON.parse(status.stdout) as {
      queues: { queue: string; waiting: number; workers: number }[];
      digests: { editions: { submitted: number }[] }[];
    };
    expect(parsed.queues.map((q) => q.queue)).toEqual(['fetch', 'summarize', 'deliver']);
    expect(parsed.queues.find((q) => q.queue === 'deliver')).toMatchObject({ waiting: 0, workers: 2 });
    expect(parsed.digests[0]!.editions[0]!.submitted).toBe(40);

    // Prometheus text from each worker: its own counters beside the queues' gauges. A job counts as
    // completed when BullMQ reports it, a moment after its handler returned, so read until it shows.
    let submitted = 0;
    let completed = 0;
    for (const until = Date.now() + 10_000; ; await new Promise((r) => setTimeout(r, 100))) {
      submitted = 0;
      completed = 0;
      for (const w of workers) {
        const metrics = await (await fetch(/metrics on (http:\/\/\S+)/.exec(w.output())![1]!)).text();
        submitted += Number(/^news_digest_messages_total\{outcome="submitted"\} (\d+)$/m.exec(metrics)?.[1]);
        completed += Number(/^news_digest_jobs_total\{queue="deliver",outcome="completed"\} (\d+)$/m.exec(metrics)?.[1] ?? 0);
        expect(metrics).toMatch(/^bullmq_job_count\{queue="deliver", state="waiting"\} 0$/m);
        expect(metrics.match(/^# TYPE bullmq_job_count gauge$/gm)).toHaveLength(1);
      }
      if (completed >= 6 || Date.now() > until) break;
    }
    // Between them, every reader once, in one job per batch of 7 subscriber ids.
    expect(submitted).toBe(40);
    expect(completed).toBe(6);

    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) expect(await w.exit).toEqual({ code: 0, signal: null });
    expect(workers[0]!.output()).toContain('stopped');
  }, 120_000);

  it('a second send while the first holds the digest lock is refused (exit 7); a send with nothing new enqueues nothing', async () => {
    const { env, sink } = bed;
    const { dir, config } = writeTestConfig(['queue:', `  prefix: ${env.prefix}`]);
    const vars = { DATABASE_URL: env.databaseUrl, REDIS_URL, SMTP_URL: sink.url, DIGEST_SECRET: SECRET };
    const store = await openStore(env.databaseUrl);
    try {
      // Another process holding the advisory lock for the digest.
      const r = await store.advisoryLocks!.withLock(
        'digest:daily',
        async () => cli(['send', '--config', config], { env: vars, cwd: dir }),
        () => new Error('busy'),
      );
      expect(r.code).toBe(7);
      expect(r.stderr).toContain('being sent by another process');
    } finally {
      await store.close();
    }
    const again = await cli(['send', '--no-fetch', '--config', config], { env: vars, cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('nothing new');
  });
});

describe('queue mode refuses to start on a Redis it cannot trust', () => {
  it('Redis unreachable: one line naming the URL without its password, exit 8', async () => {
    const { dir, config } = writeTestConfig();
    const db = await freshQueueEnv();
    try {
      const r = await cli(['worker', '--config', config], {
        env: { DATABASE_URL: db.databaseUrl, REDIS_URL: 'redis://digest:hunter2-secret@127.0.0.1:1' },
        cwd: dir,
      });
      expect(r.code).toBe(8);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('cannot reach Redis at redis://digest@127.0.0.1:1');
      expect(r.stderr).not.toContain('hunter2');
    } finally {
      await db.drop();
    }
  });

  it('a Redis that evicts keys (allkeys-lru) is refused with the policy to set', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru'],
      { stdio: 'ignore' },
    );
    const db = await freshQueueEnv();
    try {
      const { dir, config } = writeTestConfig();
      const vars = { DATABASE_URL: db.databaseUrl, REDIS_URL: `redis://127.0.0.1:${port}` };
      let r = await cli(['worker', '--config', config], { env: vars, cwd: dir });
      // redis-server may take a moment to listen.
      for (let i = 0; i < 50 && r.stderr.includes('cannot reach'); i++) {
        await new Promise((done) => setTimeout(done, 100));
        r = await cli(['worker', '--config', config], { env: vars, cwd: dir });
      }
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('maxmemory-policy allkeys-lru');
      expect(r.stderr).toContain('noeviction');
    } finally {
      redis.kill('SIGTERM');
      await db.drop();
    }
  });

  it('queue mode on the SQLite store is refused: the ledger must be one every worker can reach', async () => {
    const { dir, config } = writeTestConfig();
    const r = await cli(['send', '--config', config], { env: { REDIS_URL, DIGEST_SECRET: SECRET }, cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('queue mode needs the PostgreSQL store');
  });
});
