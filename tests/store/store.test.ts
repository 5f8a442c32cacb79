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

    await s.editions.freeze(digest('daily-1'), ['a'], [], at);
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
    await s.editions.freeze(
      digest('daily-1'),
      [],
      [ana, budi].map((r) => ({ subscriberId: r.id, email: r.email, messageId: `<daily-1.${r.id}@x>` })),
      at,
    );
    expect((await s.editions.unfinished('daily'))?.id).toBe('daily-1');
    await s.deliveries.markSubmitted('daily-1', ana.id, at);
    await s.deliveries.markAttempt('daily-1', budi.id, '451 try later', false, at);
    const left = await s.deliveries.queued('daily-1');
    expect(left.map((d) => [d.email, d.attempts, d.messageId])).toEqual([['budi@example.org', 1, `<daily-1.${budi.id}@x>`]]);
    expect(await s.deliveries.counts('daily-1')).toEqual({ queued: 1, submitted: 1, failed: 0 });
    // A second freeze of the same edition id is refused: an edition is built once.
    await expect(s.editions.freeze(digest('daily-1'), [], [], at)).rejects.toThrow();
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
