import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { cli } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { freshDatabase, type FreshDatabase } from '../helpers/store-engines.js';
import { writeTestConfig } from '../helpers/test-config.js';

describe('DATABASE_URL selects PostgreSQL for every command', () => {
  let sink: SmtpSink;
  let database: FreshDatabase;
  beforeAll(async () => {
    sink = await startSmtpSink();
    database = await freshDatabase('postgres');
  });
  afterAll(async () => {
    await sink.close();
    await database.drop();
  });

  it('import, send and status run on PostgreSQL: each reader gets one copy and the ledger is in the database', async () => {
    const { dir, config } = writeTestConfig();
    const env = { DATABASE_URL: database.target, SMTP_URL: sink.url, DIGEST_SECRET: 'pg-test-secret-0123456789abcdef' };
    const csv = Array.from({ length: 25 }, (_, i) => `reader${i}@example.org,Reader ${i}`).join('\n');
    const imported = await cli(['subscribers', 'import', '-', '--confirmed', '--config', config], { env, cwd: dir, stdin: csv });
    expect(imported.code, imported.stderr).toBe(0);
    const sent = await cli(['send', '--config', config], { env, cwd: dir });
    expect(sent.code, sent.stderr).toBe(0);
    const to = sink.messages.map((m) => m.envelopeTo[0]);
    expect(to).toHaveLength(25);
    expect(new Set(to).size).toBe(25);

    const status = await cli(['status', '--json', '--config', config], { env, cwd: dir });
    expect(status.code, status.stderr).toBe(0);
    const [daily] = (JSON.parse(status.stdout) as { digests: { key: string; editions: Record<string, unknown>[] }[] }).digests;
    expect(daily!.editions).toEqual([expect.objectContaining({ status: 'sent', submitted: 25, queued: 0, failed: 0 })]);

    const store = await openStore(database.target);
    try {
      const [edition] = await store.editions.list('daily');
      expect(await store.deliveries.counts(edition!.id)).toEqual({ queued: 0, submitted: 25, failed: 0 });
    } finally {
      await store.close();
    }
  }, 60_000);

  it('an unreachable database at start: one line naming the URL without its password, exit 8', async () => {
    const { dir, config } = writeTestConfig();
    const r = await cli(['subscribers', 'stats', '--config', config], { env: { DATABASE_URL: 'postgres://digest:hunter2-secret@127.0.0.1:1/news' }, cwd: dir });
    expect(r.code).toBe(8);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('postgres://digest@127.0.0.1:1/news');
    expect(r.stderr).not.toContain('hunter2');
  });
});
