import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/domain/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { article } from '../fixtures/articles.js';

const at = '2026-11-25T07:00:00.000Z';
const opened: Store[] = [];

async function store(file = path.join(mkdtempSync(path.join(tmpdir(), 'nd-store-')), 'db.sqlite')): Promise<Store> {
  const s = await openStore(file);
  opened.push(s);
  return s;
}

/** Every reader of `key` gets a copy due at once. */
const everyone = (key = 'daily', editionId = 'daily-1') => ({ digestKey: key, delivery: (r: { id: number }) => ({ messageId: `<${editionId}.${r.id}@x>`, dueAt: null }) });

async function queued(s: Store, editionId: string) {
  const out = [];
  for await (const page of s.deliveries.duePages(editionId, '9999-12-31', 2)) out.push(...page);
  return out;
}

function digest(id: string, key = 'daily'): Digest {
  return { id, key, name: 'Daily', lang: 'en', timeZone: 'UTC', createdAt: at, sections: [], moreCount: 0 };
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

describe('store on a real SQLite file', () => {
  it('keeps articles until each digest has carried them once', async () => {
    const s = await store();
    await s.articles.add([{ article: article('a'), fingerprint: 'fa', bands: ['a1'] }, { article: article('b'), fingerprint: 'fb', bands: ['b1'] }], at);
    expect((await s.articles.unsent('daily', '2026-11-01')).map((a) => a.id)).toEqual(['a', 'b']);

    await s.editions.freeze(digest('daily-1'), ['a'], everyone(), at);
    expect((await s.articles.unsent('daily', '2026-11-01')).map((a) => a.id)).toEqual(['b']);
    // Another digest has its own memory of what it sent.
    expect((await s.articles.unsent('weekly', '2026-11-01')).map((a) => a.id)).toEqual(['a', 'b']);
    // Too old to be picked.
    expect(await s.articles.unsent('daily', '2026-11-26')).toEqual([]);
  });

  it('answers which ids it knows and which stored articles share a fingerprint band', async () => {
    const s = await store();
    await s.articles.add([{ article: article('a'), fingerprint: 'fa', bands: ['x', 'y'] }, { article: article('b'), fingerprint: 'fb', bands: ['z'] }], at);
    // Adding the same id again changes nothing.
    await s.articles.add([{ article: article('a', { title: 'changed' }), fingerprint: 'fz', bands: ['q'] }], at);
    expect([...(await s.articles.knownIds(['a', 'x']))]).toEqual(['a']);
    expect(await s.articles.sharingBands(['y', 'nope'])).toEqual([{ id: 'a', fingerprint: 'fa' }]);
    expect(await s.articles.sharingBands(['nope'])).toEqual([]);
    expect((await s.articles.unsent('daily', '2026-01-01'))[0]!.title).toBe('Story a');
  });

  it('freezes an edition with one queued delivery per reader, and resumes from them', async () => {
    const s = await store();
    const ana = (await s.subscribers.add({ email: 'ana@example.org', status: 'confirmed' }, at)).subscriber;
    const budi = (await s.subscribers.add({ email: 'budi@example.org', status: 'confirmed' }, at)).subscriber;
    expect(await s.editions.freeze(digest('daily-1'), [], everyone(), at)).toBe(2);
    expect((await s.editions.unfinished('daily'))?.id).toBe('daily-1');
    await s.deliveries.markSubmitted('daily-1', ana.id, at);
    await s.deliveries.markAttempt('daily-1', budi.id, '451 try later', false, at);
    const left = await queued(s, 'daily-1');
    expect(left.map((d) => [d.email, d.attempts, d.messageId])).toEqual([['budi@example.org', 1, `<daily-1.${budi.id}@x>`]]);
    expect(await s.deliveries.counts('daily-1')).toEqual({ queued: 1, submitted: 1, failed: 0 });
    // A second freeze of the same edition id is refused: an edition is built once.
    await expect(s.editions.freeze(digest('daily-1'), [], everyone(), at)).rejects.toThrow();
  });

  it('freezes a list many pages long a page at a time, each reader once, and walks it back in pages', async () => {
    const s = await store();
    const readers = 2_345;
    const imported = await s.subscribers.importMany(
      Array.from({ length: readers }, (_, i) => ({ email: `r${i}@example.org`, status: 'confirmed' as const })),
      at,
      false,
    );
    // One reader paused and one who opted out of this digest are not in its audience.
    await s.subscribers.update(imported[10]!.subscriber.id, { paused: true }, at);
    await s.subscribers.setOptedOutDigests(imported[1500]!.subscriber.id, ['daily']);
    expect(await s.editions.freeze(digest('daily-1'), [], everyone(), at)).toBe(readers - 2);
    const pages: number[] = [];
    const ids: number[] = [];
    for await (const page of s.deliveries.duePages('daily-1', '9999-12-31', 1000)) {
      pages.push(page.length);
      // The send loop empties each page as it goes; the walk must not depend on it.
      ids.push(...page.splice(0).map((d) => d.subscriberId));
    }
    expect(pages).toEqual([1000, 1000, readers - 2 - 2000]);
    expect(new Set(ids).size).toBe(readers - 2);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids).not.toContain(imported[10]!.subscriber.id);
  });

  it('reads only the newest submissions the hourly cap needs', async () => {
    const s = await store();
    await s.subscribers.importMany(['a', 'b', 'c'].map((n) => ({ email: `${n}@example.org`, status: 'confirmed' as const })), at, false);
    await s.editions.freeze(digest('daily-1'), [], everyone(), at);
    const ids = (await queued(s, 'daily-1')).map((d) => d.subscriberId);
    for (const [i, id] of ids.entries()) await s.deliveries.markSubmitted('daily-1', id, `2026-11-25T07:0${i}:00.000Z`);
    expect(await s.deliveries.submittedSince('2026-11-25T07:00:30.000Z', 5)).toEqual(['2026-11-25T07:02:00.000Z', '2026-11-25T07:01:00.000Z']);
    expect(await s.deliveries.submittedSince('2026-11-25T07:00:00.000Z', 1)).toEqual(['2026-11-25T07:02:00.000Z']);
  });

  it('suppresses a reader after the configured number of hard bounces', async () => {
    const s = await store();
    const r = (await s.subscribers.add({ email: 'gone@example.org', status: 'confirmed' }, at)).subscriber;
    expect(await s.subscribers.hardBounce(r.id, 2, at)).toBe('confirmed');
    expect(await s.subscribers.hardBounce(r.id, 2, at)).toBe('suppressed');
    expect(await s.subscribers.recipients()).toEqual([]);
  });

  it('lets only one process hold a digest lock until it expires', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'nd-lock-')), 'db.sqlite');
    const one = await store(file);
    const two = await store(file);
    expect(await one.locks.acquire('digest:daily', 'one', at, '2026-11-25T07:30:00.000Z')).toBe(true);
    expect(await two.locks.acquire('digest:daily', 'two', at, '2026-11-25T07:30:00.000Z')).toBe(false);
    // The holder may renew; after expiry another may take it.
    expect(await one.locks.acquire('digest:daily', 'one', at, '2026-11-25T08:00:00.000Z')).toBe(true);
    expect(await two.locks.acquire('digest:daily', 'two', '2026-11-25T08:00:01.000Z', '2026-11-25T09:00:00.000Z')).toBe(true);
    await two.locks.release('digest:daily', 'two');
    expect(await one.locks.acquire('digest:daily', 'one', at, '2026-11-25T07:30:00.000Z')).toBe(true);
  });
});
