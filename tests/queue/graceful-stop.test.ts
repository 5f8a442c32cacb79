import { describe, expect, it, onTestFinished } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { cliProcess, REDIS_URL, type CliProcess, queueTestbed } from '../helpers/queue-env.js';
import { cli } from '../helpers/run-cli.js';
import { writeTestConfig } from '../helpers/test-config.js';

const READERS = 60;

describe('SIGTERM: a worker hands its batch back and another finishes it', () => {
  // Slow answers keep the worker mid-batch when it is told to stop.
  const bed = queueTestbed({ headersOnly: true, replyDelayMs: 100 });

  it('exits 0 without finishing the batch, nobody gets two copies, everybody gets one', async () => {
    const { env, sink } = bed;
    const { dir, config } = writeTestConfig([
      'queue:',
      `  prefix: ${env.prefix}`,
      '  batchSize: 30',
      // Only the hand-back, never stalled-job recovery, can give the batch to the second worker in time.
      '  stalledSeconds: 600',
      'smtp:',
      '  maxConnections: 1',
    ]);
    const vars = { DATABASE_URL: env.databaseUrl, REDIS_URL, SMTP_URL: sink.url, DIGEST_SECRET: 'stop-test-secret-0123456789abcdef' };
    const store = await openStore(env.databaseUrl);
    const started: CliProcess[] = [];
    onTestFinished(() => started.forEach((w) => w.child.exitCode === null && w.child.kill('SIGKILL')));
    try {
      await store.subscribers.importMany(
        Array.from({ length: READERS }, (_, i) => ({ email: `reader${i}@example.org`, status: 'confirmed' as const })),
        new Date().toISOString(),
        false,
      );
      const first = cliProcess(['worker', '--concurrency', '1', '--config', config], dir, vars);
      started.push(first);
      await first.waitFor('working on');
      const sent = await cli(['send', '--config', config], { env: vars, cwd: dir });
      expect(sent.code, sent.stderr).toBe(0);
      while (sink.messages.length < 5) await new Promise((r) => setTimeout(r, 10));
      first.child.kill('SIGTERM');
      expect(await first.exit).toEqual({ code: 0, signal: null });
      expect(first.output()).toContain('stopped');
      const [edition] = await store.editions.list('daily', 1);
      const atStop = await store.deliveries.counts(edition!.id);
      // Stopped mid-batch: what was sent is recorded, the rest still queued.
      expect(atStop.submitted).toBe(sink.messages.length);
      expect(atStop.queued).toBeGreaterThan(0);

      const second = cliProcess(['worker', '--config', config], dir, vars);
      await second.waitFor('working on');
      started.push(second);
      const until = Date.now() + 90_000;
      while ((await store.deliveries.counts(edition!.id)).queued > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      expect(await store.deliveries.counts(edition!.id)).toEqual({ queued: 0, submitted: READERS, failed: 0 });
      const to = sink.messages.map((m) => m.envelopeTo[0]);
      expect(to).toHaveLength(READERS);
      expect(new Set(to).size).toBe(READERS);
      second.child.kill('SIGTERM');
      expect((await second.exit).code).toBe(0);
    } finally {
      await store.close();
    }
  }, 180_000);
});
