import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resendBound } from '../../src/deliver/index.js';
import { openStore } from '../../src/store/index.js';
import { startFaultSink, type FaultSink } from '../helpers/fault-sink.js';
import { sendFolder, sendProcess, whenReceived } from '../helpers/send-process.js';

/** Three and a half pages of the send queue (the store reads 1,000 rows at a time). */
const READERS = 3500;
const POOL = 4;

describe('crash safety: kill -9 in the middle of a page of a send several pages long, then send again', () => {
  let sink: FaultSink;
  beforeAll(async () => {
    sink = await startFaultSink();
  });
  afterAll(async () => {
    await sink.close();
  });

  it.each([1, 2])(
    'every reader ends with exactly one copy, except at most the pool in flight, re-sent with the same Message-ID (%i sending threads)',
    async (threads) => {
      sink.received.length = 0;
      // Paced so that the kill lands mid-send.
      const { dir, config, db } = await sendFolder(READERS, [`maxConnections: ${POOL}`, `threads: ${threads}`, 'ratePerSecond: 400']);
      const first = sendProcess(config, dir, sink.url);
      // In the middle of the second page.
      await whenReceived(() => sink.received.length, 1_500, first.exit);
      first.child.kill('SIGKILL');
      const killed = await first.exit;
      expect(killed.signal).toBe('SIGKILL');
      const afterKill = sink.received.length;
      expect(afterKill).toBeLessThan(READERS);

      const second = sendProcess(config, dir, sink.url);
      const done = await second.exit;
      expect(done.code, done.stderr).toBe(0);
      expect(done.stdout).toMatch(/resumed edition daily-\S+: \d+ submitted, 0 failed/);

      const copies = sink.copies();
      expect(copies.size).toBe(READERS);
      const twice = [...copies.values()].filter((c) => c.length > 1);
      process.stdout.write(
        `crash test: ${afterKill} received before kill -9, ${sink.received.length} in all, ${twice.length} readers got 2 copies (pool ${POOL})\n`,
      );
      expect(Math.max(...[...copies.values()].map((c) => c.length))).toBeLessThanOrEqual(2);
      // Accepted messages are recorded in small batches, so a kill -9 can leave more than the pool's
      // messages unrecorded: a batch less one plus one per sender (three per connection), 43 for a pool of 4.
      expect(twice.length).toBeLessThanOrEqual(resendBound(POOL));
      for (const c of twice) expect(new Set(c.map((x) => x.messageId)).size).toBe(1);
      for (const [to, c] of copies) expect(c[0]!.messageId, to).toMatch(/^<daily-\S+\.\d+@news\.example\.org>$/);

      const store = await openStore(db);
      try {
        const [edition] = await store.editions.list('daily');
        expect(edition!.status).toBe('sent');
        expect(await store.deliveries.counts(edition!.id)).toEqual({ queued: 0, submitted: READERS, failed: 0 });
      } finally {
        await store.close();
      }
    },
    180_000,
  );
});

describe('SIGTERM in the middle of a send', () => {
  let sink: FaultSink;
  beforeAll(async () => {
    sink = await startFaultSink();
  });
  afterAll(async () => {
    await sink.close();
  });

  it('takes no new messages, records those in flight, exits 0; the next send finishes without a duplicate', async () => {
    const readers = 400;
    const { dir, config, db } = await sendFolder(readers, ['maxConnections: 3', 'ratePerSecond: 100']);
    const first = sendProcess(config, dir, sink.url);
    await whenReceived(() => sink.received.length, 50, first.exit);
    first.child.kill('SIGTERM');
    const stopped = await first.exit;
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stopped.stdout).toMatch(/stopped: the rest stays queued/);
    const received = sink.received.length;
    expect(received).toBeLessThan(readers);

    // Everything the server accepted is recorded as submitted; nothing else is.
    const store = await openStore(path.join(db));
    const [edition] = await store.editions.list('daily');
    expect(await store.deliveries.counts(edition!.id)).toEqual({ queued: readers - received, submitted: received, failed: 0 });
    await store.close();

    const second = sendProcess(config, dir, sink.url);
    expect((await second.exit).code).toBe(0);
    const copies = sink.copies();
    expect(copies.size).toBe(readers);
    expect([...copies.values()].every((c) => c.length === 1)).toBe(true);
  }, 120_000);
});
