import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { startFaultSink, type FaultSink } from '../deliver/fault-sink.js';

const root = path.resolve(import.meta.dirname, '../..');
const READERS = 2000;
const POOL = 4;

/** `news-digest send` in its own process, as an operator's cron would start it. */
function sendProcess(config: string, cwd: string, smtpUrl: string): { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [path.join(root, 'bin/news-digest.js'), 'send', '--config', config], {
    cwd,
    env: { ...process.env, SMTP_URL: smtpUrl, DIGEST_SECRET: 'crash-test-secret-0123456789abcdef' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout!.resume();
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exit };
}

describe('crash safety: kill -9 in the middle of a send, then send again', () => {
  let sink: FaultSink;
  let dir: string;
  let config: string;

  beforeAll(async () => {
    sink = await startFaultSink();
    dir = mkdtempSync(path.join(tmpdir(), 'nd-crash-'));
    config = path.join(dir, 'news-digest.yaml');
    writeFileSync(
      config,
      [
        `feedsFile: ${JSON.stringify(path.join(root, 'feeds/feeds.yaml'))}`,
        `templatesDir: ${JSON.stringify(path.join(root, 'templates'))}`,
        'databasePath: digest.sqlite',
        'from: "Morning Brief <brief@news.example.org>"',
        'publicUrl: https://news.example.org',
        'smtp:',
        `  maxConnections: ${POOL}`,
        // Slow enough that the kill lands mid-send.
        '  ratePerSecond: 250',
        'digests:',
        '  - key: daily',
        '    name: Morning Brief',
      ].join('\n'),
    );
    const store = await openStore(path.join(dir, 'digest.sqlite'));
    const at = new Date().toISOString();
    for (let i = 0; i < READERS; i++) await store.subscribers.add({ email: `reader${i}@example.org`, status: 'confirmed' }, at);
    await store.close();
  });

  afterAll(async () => {
    await sink.close();
  });

  it('every reader ends with exactly one copy, except at most the pool in flight, re-sent with the same Message-ID', async () => {
    const t0 = Date.now();
    const first = sendProcess(config, dir, sink.url);
    // Kill once a good part, but far from all, went out.
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (sink.received.length >= READERS / 4) {
          clearInterval(poll);
          first.child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      void first.exit.then((e) => {
        clearInterval(poll);
        reject(new Error(`send exited before the kill: ${e.code} ${e.stderr}`));
      });
    });
    const killed = await first.exit;
    expect(killed.signal).toBe('SIGKILL');
    const afterKill = sink.received.length;
    expect(afterKill).toBeLessThan(READERS);

    const t1 = Date.now();
    const second = sendProcess(config, dir, sink.url);
    const done = await second.exit;
    expect(done.code, done.stderr).toBe(0);
    process.stdout.write(`timing: first ${t1 - t0} ms, second ${Date.now() - t1} ms\n`);

    const copies = sink.copies();
    expect(copies.size).toBe(READERS);
    const twice = [...copies.values()].filter((c) => c.length > 1);
    const counts = [...copies.values()].map((c) => c.length);
    process.stdout.write(`crash test: ${afterKill} received before kill -9, ${sink.received.length} in all, ${twice.length} readers got 2 copies\n`);
    expect(Math.max(...counts)).toBeLessThanOrEqual(2);
    expect(twice.length).toBeLessThanOrEqual(POOL);
    for (const c of twice) expect(new Set(c.map((x) => x.messageId)).size).toBe(1);
    for (const [to, c] of copies) expect(c[0]!.messageId, to).toMatch(/^<daily-\S+\.\d+@news\.example\.org>$/);

    const store = await openStore(path.join(dir, 'digest.sqlite'));
    try {
      const [edition] = await store.editions.list('daily');
      expect(edition!.status).toBe('sent');
      expect(await store.deliveries.counts(edition!.id)).toEqual({ queued: 0, submitted: READERS, failed: 0 });
    } finally {
      await store.close();
    }
  }, 120_000);
});
