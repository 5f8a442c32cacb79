import { describe, expect, it, onTestFinished } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { cliProcess, REDIS_URL, type CliProcess, queueTestbed } from '../helpers/queue-env.js';
import { cli } from '../helpers/run-cli.js';
import { writeTestConfig } from '../helpers/test-config.js';

const READERS = 10_000;
const WORKERS = 4;
const JOBS_PER_WORKER = 2;
const SMTP_CONNECTIONS = 2;
/** Messages one worker can have claimed at once: two senders per connection, in each of its jobs. */
const IN_FLIGHT_PER_WORKER = JOBS_PER_WORKER * 2 * SMTP_CONNECTIONS;

describe('crash: 4 workers, 10,000 readers, two workers killed with SIGKILL mid-send and restarted', () => {
  const bed = queueTestbed();

  it('every reader gets the edition; only messages in flight in the killed workers went twice, with the same Message-ID', async () => {
    const { env, sink } = bed;
    const { dir, config } = writeTestConfig([
      'queue:',
      `  prefix: ${env.prefix}`,
      '  batchSize: 250',
      // A killed worker's jobs are taken over after 3 s, not the default 30.
      '  stalledSeconds: 3',
      'smtp:',
      `  maxConnections: ${SMTP_CONNECTIONS}`,
      '  ratePerSecond: 100000',
    ]);
    const vars = { DATABASE_URL: env.databaseUrl, REDIS_URL, SMTP_URL: sink.url, DIGEST_SECRET: 'crash-test-secret-0123456789abcdef' };
    const store = await openStore(env.databaseUrl);
    try {
      const at = new Date().toISOString();
      await store.subscribers.importMany(
        Array.from({ length: READERS }, (_, i) => ({ email: `reader${i}@example.org`, status: 'confirmed' as const })),
        at,
        false,
      );
      const start = () => cliProcess(['worker', '--concurrency', String(JOBS_PER_WORKER), '--config', config], dir, vars);
      const workers: CliProcess[] = Array.from({ length: WORKERS }, start);
      const restarted: CliProcess[] = [];
      onTestFinished(() => [...workers, ...restarted].forEach((w) => w.child.exitCode === null && w.child.kill('SIGKILL')));
      await Promise.all(workers.map((w) => w.waitFor('working on')));
      const sent = await cli(['send', '--config', config], { env: vars, cwd: dir });
      expect(sent.code, sent.stderr).toBe(0);
      expect(sent.stdout).toContain(`${READERS} deliveries handed to the workers`);

      // Mid-send: two workers die without a chance to record anything, and come back.
      while (sink.messages.length < READERS / 4) await new Promise((r) => setTimeout(r, 20));
      const killed = workers.slice(0, 2);
      for (const w of killed) w.child.kill('SIGKILL');
      for (const w of killed) expect((await w.exit).signal).toBe('SIGKILL');
      const sentAtKill = sink.messages.length;
      expect(sentAtKill).toBeLessThan(READERS);
      restarted.push(start(), start());
      await Promise.all(restarted.map((w) => w.waitFor('working on')));

      const [edition] = await store.editions.list('daily', 1);
      const until = Date.now() + 600_000;
      while ((await store.deliveries.counts(edition!.id)).queued > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
      expect(await store.deliveries.counts(edition!.id)).toEqual({ queued: 0, submitted: READERS, failed: 0 });

      const copies = new Map<string, string[]>();
      for (const m of sink.messages) copies.set(m.envelopeTo[0]!, [...(copies.get(m.envelopeTo[0]!) ?? []), m.parsed.messageId!]);
      // No reader missed.
      expect(copies.size).toBe(READERS);
      const twice = [...copies.values()].filter((ids) => ids.length > 1);
      // At most what the killed workers had in flight went out again, never a third time, under the same Message-ID.
      expect(twice.length).toBeLessThanOrEqual(killed.length * IN_FLIGHT_PER_WORKER);
      for (const ids of twice) {
        expect(ids).toHaveLength(2);
        expect(new Set(ids).size).toBe(1);
      }
      const ledger = new Map((await store.deliveries.list(edition!.id)).map((d) => [d.email, d.messageId]));
      for (const [email, ids] of copies) expect(ids[0]).toBe(ledger.get(email));
      process.stderr.write(`crash test: ${sentAtKill} sent when 2 of ${WORKERS} workers were killed; ${twice.length} readers got a second copy\n`);

      for (const w of [...workers.slice(2), ...restarted]) w.child.kill('SIGTERM');
      for (const w of [...workers.slice(2), ...restarted]) expect((await w.exit).code).toBe(0);
    } finally {
      await store.close();
    }
  }, 900_000);
});
