import { mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestError } from '../../src/domain/errors.js';
import { leaseLock, openStore, type Store } from '../../src/store/index.js';

/** Above Linux's largest pid (2^22): no process can have it. */
const NO_SUCH_PID = 4_194_305;

describe('the lease lock behind DigestLock', () => {
  let store: Store;
  afterEach(async () => {
    await store.close();
  });
  const open = async () => (store = await openStore(path.join(mkdtempSync(path.join(tmpdir(), 'nd-lease-')), 'digest.sqlite')));
  const lock = (o: { ttlMs?: number; takeOvers?: string[] } = {}) =>
    leaseLock(store.locks, { ttlMs: o.ttlMs ?? 60_000, now: () => new Date(), onTakeOver: (_lock, from) => o.takeOvers?.push(from) });

  it('runs one holder at a time: a second is refused with LOCKED and never runs; after release the digest is free', async () => {
    await open();
    const first = lock();
    const second = lock();
    let ranSecond = false;
    const refusal = await first.withLock('daily', () =>
      second
        .withLock('daily', async () => {
          ranSecond = true;
        })
        .catch((e: unknown) => e),
    );
    expect(refusal).toBeInstanceOf(DigestError);
    expect((refusal as DigestError).code).toBe('LOCKED');
    expect((refusal as DigestError).message).toContain('digest "daily" is being sent by another process');
    expect(ranSecond).toBe(false);
    // Another digest is not held by it, and the released one is free again.
    expect(await second.withLock('weekly', async () => 'weekly ran')).toBe('weekly ran');
    expect(await second.withLock('daily', async () => 'daily ran')).toBe('daily ran');
    expect(await store.locks.holder('digest:daily')).toBeNull();
  });

  it('takes over at once a lease left by a process of this machine that is gone', async () => {
    await open();
    const dead = `${hostname()}:${NO_SUCH_PID}:crashed`;
    const now = Date.now();
    expect(await store.locks.acquire('digest:daily', dead, new Date(now).toISOString(), new Date(now + 600_000).toISOString())).toBe(true);
    const takeOvers: string[] = [];
    expect(await lock({ takeOvers }).withLock('daily', async () => 'ran')).toBe('ran');
    expect(takeOvers).toEqual([dead]);
  });

  it("aborts the holder's signal when a renewal finds the lease gone", async () => {
    await open();
    const lost = await lock({ ttlMs: 30 }).withLock('daily', async (signal) => {
      // Someone else now holds the row: the next renewal fails.
      const holder = await store.locks.holder('digest:daily');
      await store.locks.release('digest:daily', holder!);
      const now = Date.now();
      await store.locks.acquire('digest:daily', 'intruder', new Date(now).toISOString(), new Date(now + 600_000).toISOString());
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
      return signal.aborted;
    });
    expect(lost).toBe(true);
    // Releasing its own lease never frees someone else's.
    expect(await store.locks.holder('digest:daily')).toBe('intruder');
  });
});
