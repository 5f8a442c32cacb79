import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';

const AT = '2026-01-01T00:00:00.000Z';

describe('subscriber repository: tokens, rate events, digest choices', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  it('a token can be spent once', async () => {
    const use = { fingerprint: 'f1', purpose: 'confirm', subscriberId: 1, usedAt: AT, expiresAt: '2026-02-01T00:00:00.000Z' };
    expect(await store.subscribers.tokenSpent('f1')).toBe(false);
    expect(await store.subscribers.spendToken(use)).toBe(true);
    expect(await store.subscribers.spendToken({ ...use, usedAt: '2026-01-02T00:00:00.000Z' })).toBe(false);
    expect(await store.subscribers.tokenSpent('f1')).toBe(true);
    // Forgotten only once the token itself has expired.
    await store.subscribers.pruneHistory('2026-01-15T00:00:00.000Z');
    expect(await store.subscribers.tokenSpent('f1')).toBe(true);
    await store.subscribers.pruneHistory('2026-03-01T00:00:00.000Z');
    expect(await store.subscribers.tokenSpent('f1')).toBe(false);
  });

  it('counts events per key inside the window', async () => {
    const at = (m: number) => `2026-01-01T00:${String(m).padStart(2, '0')}:00.000Z`;
    expect(await store.subscribers.countEvent('ip:1', at(0), at(1))).toBe(1);
    expect(await store.subscribers.countEvent('ip:1', at(0), at(2))).toBe(2);
    expect(await store.subscribers.countEvent('ip:2', at(0), at(3))).toBe(1);
    // A window that starts after the first two events counts only the new one.
    expect(await store.subscribers.countEvent('ip:1', at(3), at(4))).toBe(1);
  });

  it('recipients of a digest leave out readers who opted out of it, and paused ones', async () => {
    const a = (await store.subscribers.add({ email: 'a@example.org', status: 'confirmed' }, AT)).subscriber;
    const b = (await store.subscribers.add({ email: 'b@example.org', status: 'confirmed' }, AT)).subscriber;
    const c = (await store.subscribers.add({ email: 'c@example.org', status: 'confirmed' }, AT)).subscriber;
    await store.subscribers.add({ email: 'p@example.org', status: 'pending' }, AT);
    await store.subscribers.setOptedOutDigests(b.id, ['daily', 'daily']);
    await store.subscribers.update(c.id, { paused: true }, AT);
    expect(await store.subscribers.optedOutDigests(b.id)).toEqual(['daily']);
    expect((await store.subscribers.recipients('daily')).map((s) => s.id)).toEqual([a.id]);
    expect((await store.subscribers.recipients('weekly')).map((s) => s.id)).toEqual([a.id, b.id]);
    expect((await store.subscribers.recipients()).map((s) => s.id)).toEqual([a.id, b.id]);
    await store.subscribers.setOptedOutDigests(b.id, []);
    expect((await store.subscribers.recipients('daily')).map((s) => s.id)).toEqual([a.id, b.id]);
    await store.subscribers.setOptedOutDigests(b.id, ['weekly']);
    await store.subscribers.remove(b.id);
    expect(await store.subscribers.optedOutDigests(b.id)).toEqual([]);
  });
});
