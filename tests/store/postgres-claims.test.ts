import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/domain/index.js';
import { openStore, type ClaimOutcome, type Store } from '../../src/store/index.js';
import { ENGINES, freshDatabase, type Engine, type FreshDatabase } from '../helpers/store-engines.js';

const at = '2026-11-25T07:00:00.000Z';
const due = '9999-12-31';
const opened: Store[] = [];
const databases: FreshDatabase[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await Promise.all(databases.splice(0).map((d) => d.drop()));
});

function digest(id: string): Digest {
  return { id, key: 'daily', name: 'Daily', lang: 'en', timeZone: 'UTC', createdAt: at, sections: [], moreCount: 0 };
}

/** A store with `readers` confirmed readers and edition daily-1 frozen for them. */
async function withEdition(engine: Engine, readers: number): Promise<Store> {
  const d = await freshDatabase(engine);
  databases.push(d);
  const s = await openStore(d.target);
  opened.push(s);
  await s.subscribers.importMany(
    Array.from({ length: readers }, (_, i) => ({ email: `r${i}@example.org`, status: 'confirmed' as const })),
    at,
    false,
  );
  await s.editions.freeze(digest('daily-1'), [], { digestKey: 'daily', delivery: (r) => ({ messageId: `<daily-1.${r.id}@x>`, dueAt: null }) }, at);
  return s;
}

describe.each(ENGINES)('delivery claims on %s', (engine) => {
  it('groups queued deliveries in fixed batches of subscriber ids', async () => {
    const s = await withEdition(engine, 7);
    expect(await s.claims.dueBatches('daily-1', due, 3)).toEqual([0, 1, 2]);
    expect(await s.claims.dueInBatch('daily-1', due, 1, 3)).toEqual([4, 5, 6]);
    await s.deliveries.markSubmittedAll('daily-1', [4, 5, 6], at);
    // A batch whose readers are all sent is not due any more; the others keep their numbers.
    expect(await s.claims.dueBatches('daily-1', due, 3)).toEqual([0, 2]);
    expect(await s.claims.dueInBatch('daily-1', due, 2, 3)).toEqual([7]);
  });

  it('marks a claimed delivery in the claim, and a sent one is never claimed again', async () => {
    const s = await withEdition(engine, 2);
    const seen: string[] = [];
    const outcome = await s.claims.claim('daily-1', 1, due, async (d) => {
      seen.push(`${d.email} ${d.messageId} ${d.mailable}`);
      return { status: 'submitted' };
    });
    expect(outcome).toEqual({ status: 'submitted' });
    expect(seen).toEqual(['r0@example.org <daily-1.1@x> true']);
    expect(await s.claims.claim('daily-1', 1, due, async () => ({ status: 'submitted' }))).toBeNull();
    expect(await s.deliveries.counts('daily-1')).toEqual({ queued: 1, submitted: 1, failed: 0 });
  });

  it('a sender that throws leaves the row queued and uncounted; deferred keeps it queued, a final attempt fails it', async () => {
    const s = await withEdition(engine, 2);
    await expect(s.claims.claim('daily-1', 1, due, () => Promise.reject(new Error('killed mid-send')))).rejects.toThrow('killed mid-send');
    expect((await s.deliveries.list('daily-1'))[0]).toMatchObject({ status: 'queued', attempts: 0 });
    await s.claims.claim('daily-1', 1, due, async () => ({ status: 'deferred', error: 'server down' }));
    expect((await s.deliveries.list('daily-1'))[0]).toMatchObject({ status: 'queued', attempts: 0, lastError: 'server down' });
    await s.claims.claim('daily-1', 1, due, async () => ({ status: 'attempted', error: '451 later', final: false }));
    await s.claims.claim('daily-1', 1, due, async () => ({ status: 'attempted', error: '550 no such user', final: true }));
    expect((await s.deliveries.list('daily-1'))[0]).toMatchObject({ status: 'failed', attempts: 2, lastError: '550 no such user' });
  });
});

describe('delivery claims on PostgreSQL across connections', () => {
  it('a row another worker is sending is skipped, not waited for, and sent once', async () => {
    const s = await withEdition('postgres', 1);
    const d = databases.at(-1)!;
    const other = await openStore(d.target);
    opened.push(other);
    let release!: () => void;
    const holding = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const first = s.claims.claim('daily-1', 1, due, async (): Promise<ClaimOutcome> => {
      entered();
      await holding;
      return { status: 'submitted' };
    });
    await inside;
    let secondSent = false;
    // SKIP LOCKED: the second worker gets nothing at once instead of blocking until the first commits.
    expect(await other.claims.claim('daily-1', 1, due, async () => ((secondSent = true), { status: 'submitted' }))).toBeNull();
    release();
    expect(await first).toEqual({ status: 'submitted' });
    expect(secondSent).toBe(false);
    expect((await s.deliveries.list('daily-1'))[0]).toMatchObject({ status: 'submitted', attempts: 1 });
  });

  it('the advisory lock admits one holder at a time and frees itself when its holder finishes', async () => {
    const s = await withEdition('postgres', 0);
    const busy = () => new Error('busy');
    const inner = await s.advisoryLocks!.withLock(
      'digest:daily',
      async () => s.advisoryLocks!.withLock('digest:daily', async () => 'twice', busy).catch((e: Error) => e.message),
      busy,
    );
    expect(inner).toBe('busy');
    expect(await s.advisoryLocks!.withLock('digest:daily', async () => 'again', busy)).toBe('again');
  });

  it("two installations in two schemas of one database lock their own digests, not each other's", async () => {
    const one = await withEdition('postgres', 0);
    const two = await withEdition('postgres', 0);
    const busy = () => new Error('busy');
    const both = await one.advisoryLocks!.withLock('digest:daily', () => two.advisoryLocks!.withLock('digest:daily', async () => 'both', busy), busy);
    expect(both).toBe('both');
  });
});
