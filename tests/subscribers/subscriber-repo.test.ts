import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { ENGINES, freshDatabase, type FreshDatabase } from '../helpers/store-engines.js';

const AT = '2026-01-01T00:00:00.000Z';

describe.each(ENGINES)('subscriber repository on %s: tokens, rate events, digest choices, imports', (engine) => {
  let store: Store;
  let database: FreshDatabase;
  beforeEach(async () => {
    database = await freshDatabase(engine);
    store = await openStore(database.target);
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  it('imports many readers in one go: new ones added, known ones kept, pending ones confirmed on request', async () => {
    await store.subscribers.add({ email: 'pending@example.org', status: 'pending' }, AT);
    await store.subscribers.add({ email: 'left@example.org', status: 'unsubscribed' }, AT);
    const readers = ['new@example.org', 'pending@example.org', 'left@example.org'].map((email) => ({
      email,
      name: 'N',
      status: 'confirmed' as const,
      sendAt: '07:30',
      timeZone: 'Asia/Jakarta',
    }));
    const out = await store.subscribers.importMany(readers, AT, true);
    expect(out.map((r) => [r.subscriber.email, r.subscriber.status, r.created, r.confirmed])).toEqual([
      ['new@example.org', 'confirmed', true, false],
      ['pending@example.org', 'confirmed', false, true],
      ['left@example.org', 'unsubscribed', false, false],
    ]);
    expect(out[0]!.subscriber).toMatchObject({ name: 'N', sendAt: '07:30', timeZone: 'Asia/Jakarta' });
    // Known readers keep what they had.
    expect((await store.subscribers.byEmail('pending@example.org'))!.name).toBeNull();
    await store.subscribers.update(out[0]!.subscriber.id, { paused: true }, AT);
    expect(await store.subscribers.count()).toEqual({ pending: 0, confirmed: 2, unsubscribed: 1, suppressed: 0, paused: 1 });
    const pages = [];
    for await (const page of store.subscribers.pages('confirmed')) pages.push(page.map((s) => s.email));
    expect(pages).toEqual([['pending@example.org', 'new@example.org']]);
    // What `subscribers list` prints of them, pause included.
    const listed = [];
    for await (const page of store.subscribers.listedPages('confirmed')) listed.push(...page.map(({ id: _id, ...shown }) => shown));
    expect(listed).toEqual([
      { email: 'pending@example.org', status: 'confirmed', paused: false, name: null },
      { email: 'new@example.org', status: 'confirmed', paused: true, name: 'N' },
    ]);
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
