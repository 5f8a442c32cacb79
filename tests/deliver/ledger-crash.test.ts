import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resendBound, sendEdition, smtpTransport, type QueuedDelivery, type SendEditionOptions, type Transport } from '../../src/deliver/index.js';
import type { Digest } from '../../src/domain/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { startFaultSink, type FaultSink } from '../helpers/fault-sink.js';

const READERS = 600;
const POOL = 4;
/** Rows recorded before the crash, at most. */
const CRASH_AT = 100;
const at = '2026-11-25T07:00:00.000Z';
const digest: Digest = { id: 'daily-1', key: 'daily', name: 'Daily', lang: 'en', timeZone: 'UTC', createdAt: at, sections: [], moreCount: 0 };
const options: SendEditionOptions = {
  concurrency: POOL,
  rate: { perSecond: 1_000_000 },
  retries: 0,
  maxAttempts: 3,
  maxReaderMs: 10_000,
  maxHardBounces: 2,
  backoffMs: 5,
  maxBackoffMs: 20,
};

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

const mailOf = (d: QueuedDelivery) => ({
  to: d.email,
  from: 'Daily <daily@news.example.org>',
  subject: 'Daily',
  html: '<p>Hello</p>',
  text: 'Hello\n',
  messageId: d.messageId,
  headers: {},
});

function deps(store: Store, transport: Transport, log = store.deliveries) {
  return { log, bounces: { hardBounce: async () => null }, transport, buildEmail: mailOf, now: () => new Date() };
}

/** Resolves once the sink has taken more than `atLeast` messages, then none for `quietMs`. */
async function settled(sink: FaultSink, atLeast: number, quietMs = 300): Promise<void> {
  while (sink.received.length <= atLeast) await new Promise((r) => setTimeout(r, 10));
  for (let seen = -1; seen !== sink.received.length;) {
    seen = sink.received.length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}

describe('a crash while the ledger records accepted messages, at full speed', () => {
  it('re-sends at most resendBound() readers, each with the same Message-ID, and skips nobody', async () => {
    const sink = await startFaultSink();
    open.push(sink);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'nd-ledger-crash-')), 'db.sqlite');
    const first = await openStore(file);
    await first.subscribers.importMany(
      Array.from({ length: READERS }, (_, i) => ({ email: `reader${i}@example.org`, status: 'confirmed' as const })),
      at,
      false,
    );
    await first.editions.freeze(digest, [], { digestKey: 'daily', delivery: (r) => ({ messageId: `<daily-1.${r.id}@x>`, dueAt: null }) }, at);

    // The process dies inside the write that would record more than CRASH_AT rows: that write and
    // every later one never reach the file. Senders go on until each waits for a write.
    let recorded = 0;
    const dying = {
      ...first.deliveries,
      markSubmittedAll: async (editionId: string, ids: number[], when: string) => {
        if (recorded + ids.length > CRASH_AT) return new Promise<void>(() => {});
        recorded += ids.length;
        await first.deliveries.markSubmittedAll(editionId, ids, when);
      },
    };
    const before = smtpTransport({ url: sink.url, pool: true, maxConnections: POOL });
    void sendEdition(digest.id, deps(first, before, dying), options);
    await settled(sink, CRASH_AT);
    const unrecorded = sink.received.length - recorded;
    expect(recorded).toBeGreaterThan(0);
    // More than the rows of one write are unrecorded, yet no more than the bound.
    expect(unrecorded).toBeGreaterThan(POOL);
    expect(unrecorded).toBeLessThanOrEqual(resendBound(POOL));
    await before.close();
    await first.close();

    const second = await openStore(file);
    open.push(second);
    const after = smtpTransport({ url: sink.url, pool: true, maxConnections: POOL });
    open.push(after);
    const resumed = await sendEdition(digest.id, deps(second, after), options);
    expect(resumed).toMatchObject({ submitted: READERS - recorded, failed: 0, deferred: 0 });

    const copies = sink.copies();
    expect(copies.size).toBe(READERS);
    const twice = [...copies.values()].filter((c) => c.length > 1);
    expect(twice.length).toBe(unrecorded);
    expect(Math.max(...[...copies.values()].map((c) => c.length))).toBe(2);
    for (const c of twice) expect(new Set(c.map((x) => x.messageId)).size).toBe(1);
    expect(await second.deliveries.counts(digest.id)).toEqual({ queued: 0, submitted: READERS, failed: 0 });
  }, 60_000);
});
