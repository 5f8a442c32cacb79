import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/domain/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { article } from '../fixtures/articles.js';
import { ENGINES, freshDatabase, type Engine, type FreshDatabase } from '../helpers/store-engines.js';

const at = '2026-11-25T07:00:00.000Z';
const opened: Store[] = [];
const databases: FreshDatabase[] = [];

async function freshTarget(engine: Engine): Promise<string> {
  const d = await freshDatabase(engine);
  databases.push(d);
  return d.target;
}

/** Every reader of `key` gets a copy due at once. */
const everyone = (key = 'daily', editionId = 'daily-1') => ({
  digestKey: key,
  delivery: (r: { id: number }) => ({ messageId: `<${editionId}.${r.id}@x>`, dueAt: null }),
});

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
afterAll(async () => {
  await Promise.all(databases.splice(0).map((d) => d.drop()));
});

describe.each(ENGINES)('store on %s', (engine) => {
  async function store(target?: string): Promise<Store> {
    const s = await openStore(target ?? (await freshTarget(engine)));
    opened.push(s);
    return s;
  }

  it('keeps articles until each digest has carried them once', async () => {
    const s = await store();
    await s.articles.add(
      [
        { article: article('a'), fingerprint: 'fa', bands: ['a1'] },
        { article: article('b'), fingerprint: 'fb', bands: ['b1'] },
      ],
      at,
    );
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
    await s.articles.add(
      [
        { article: article('a'), fingerprint: 'fa', bands: ['x', 'y'] },
        { article: article('b'), fingerprint: 'fb', bands: ['z'] },
      ],
      at,
    );
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

  it('marks a batch of readers submitted in one write, whatever the batch length, and no one else', async () => {
    const s = await store();
    await s.subscribers.importMany(
      Array.from({ length: 7 }, (_, i) => ({ email: `r${i}@example.org`, status: 'confirmed' as const })),
      at,
      false,
    );
    await s.editions.freeze(digest('daily-1'), [], everyone(), at);
    await s.editions.freeze(digest('daily-2'), [], everyone('daily', 'daily-2'), at);
    const ids = (await queued(s, 'daily-1')).map((d) => d.subscriberId);
    await s.deliveries.markAttempt('daily-1', ids[0]!, '451 try later', false, at);
    // Two batches of the same length (the second reuses the first's statement), then a shorter one.
    await s.deliveries.markSubmittedAll('daily-1', ids.slice(0, 2), '2026-11-25T07:01:00.000Z');
    await s.deliveries.markSubmittedAll('daily-1', ids.slice(2, 4), '2026-11-25T07:02:00.000Z');
    await s.deliveries.markSubmittedAll('daily-1', ids.slice(4, 5), '2026-11-25T07:03:00.000Z');
    const rows = await s.deliveries.list('daily-1');
    expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual([
      ['submitted', 2, null],
      ...Array.from({ length: 4 }, () => ['submitted', 1, null]),
      ['queued', 0, null],
      ['queued', 0, null],
    ]);
    expect(rows.slice(0, 5).map((r) => r.subscriberId)).toEqual(ids.slice(0, 5));
    expect(await s.deliveries.submittedSince('2026-11-25T07:01:30.000Z', 10)).toEqual([
      '2026-11-25T07:03:00.000Z',
      '2026-11-25T07:02:00.000Z',
      '2026-11-25T07:02:00.000Z',
    ]);
    // The other edition's rows for the same readers are untouched.
    expect(await s.deliveries.counts('daily-2')).toEqual({ queued: 7, submitted: 0, failed: 0 });
  });

  it('reads only the newest submissions the hourly cap needs', async () => {
    const s = await store();
    await s.subscribers.importMany(
      ['a', 'b', 'c'].map((n) => ({ email: `${n}@example.org`, status: 'confirmed' as const })),
      at,
      false,
    );
    await s.editions.freeze(digest('daily-1'), [], everyone(), at);
    const ids = (await queued(s, 'daily-1')).map((d) => d.subscriberId);
    for (const [i, id] of ids.entries()) await s.deliveries.markSubmitted('daily-1', id, `2026-11-25T07:0${i}:00.000Z`);
    expect(await s.deliveries.submittedSince('2026-11-25T07:00:30.000Z', 5)).toEqual(['2026-11-25T07:02:00.000Z', '2026-11-25T07:01:00.000Z']);
    expect(await s.deliveries.submittedSince('2026-11-25T07:00:00.000Z', 1)).toEqual(['2026-11-25T07:02:00.000Z']);
  });

  it('gives a reader their data, and erases it leaving only a salted hash that keeps the address from coming back', async () => {
    const s = await store();
    const ana = (await s.subscribers.add({ email: 'ana@example.org', name: 'Ana', status: 'confirmed', source: 'web' }, at)).subscriber;
    const budi = (await s.subscribers.add({ email: 'budi@example.org', status: 'confirmed', source: 'cli' }, at)).subscriber;
    await s.subscribers.setOptedOutDigests(ana.id, ['weekly']);
    await s.editions.freeze(digest('daily-1'), [], everyone(), at);
    await s.deliveries.markAttempt('daily-1', ana.id, '550 no such user ana@example.org', true, '2026-11-25T07:01:00.000Z');
    await s.editions.freeze(digest('daily-2'), [], everyone('daily', 'daily-2'), '2026-11-26T07:00:00.000Z');

    const data = (await s.readerData.export(ana.id))!;
    expect(data).toMatchObject({ email: 'ana@example.org', name: 'Ana', status: 'confirmed', paused: false, optedOutDigests: ['weekly'] });
    expect(data.consent).toEqual({ source: 'web', subscribedAt: at, confirmedAt: at });
    expect(data.deliveries.map((d) => [d.editionId, d.digestKey, d.status])).toEqual([
      ['daily-1', 'daily', 'failed'],
      ['daily-2', 'daily', 'queued'],
    ]);
    expect(await s.readerData.export(9999)).toBeNull();

    expect(await s.readerData.forget(ana.id, at)).toBe(true);
    expect(await s.subscribers.byEmail('ana@example.org')).toBeNull();
    expect(await s.readerData.export(ana.id)).toBeNull();
    expect(await s.subscribers.optedOutDigests(ana.id)).toEqual([]);
    // The ledger keeps the count of the failed copy, not who it was for or why; her queued copy is gone.
    expect(await s.deliveries.counts('daily-1')).toEqual({ queued: 1, submitted: 0, failed: 1 });
    expect((await queued(s, 'daily-2')).map((d) => d.email)).toEqual(['budi@example.org']);
    expect(JSON.stringify(await s.readerData.export(budi.id))).not.toContain('ana@');
    expect(await s.readerData.erased(['ana@example.org', 'budi@example.org', 'carla@example.org'])).toEqual(new Set(['ana@example.org']));
    expect(await s.readerData.forget(ana.id, at)).toBe(false);
  });

  it('keeps the salt of the erased addresses with the data: a second store on the same database recognises them', async () => {
    const target = await freshTarget(engine);
    const first = await store(target);
    const r = (await first.subscribers.add({ email: 'gone@example.org', status: 'confirmed' }, at)).subscriber;
    await first.readerData.forget(r.id, at);
    const second = await store(target);
    expect(await second.readerData.erased(['gone@example.org'])).toEqual(new Set(['gone@example.org']));
  });

  it('suppresses a reader after the configured number of hard bounces', async () => {
    const s = await store();
    const r = (await s.subscribers.add({ email: 'gone@example.org', status: 'confirmed' }, at)).subscriber;
    expect(await s.subscribers.hardBounce(r.id, 2, at)).toBe('confirmed');
    expect(await s.subscribers.hardBounce(r.id, 2, at)).toBe('suppressed');
    expect(await s.subscribers.recipients()).toEqual([]);
  });

  it('lets only one process hold a digest lock until it expires', async () => {
    const target = await freshTarget(engine);
    const one = await store(target);
    const two = await store(target);
    expect(await one.locks.acquire('digest:daily', 'one', at, '2026-11-25T07:30:00.000Z')).toBe(true);
    expect(await two.locks.acquire('digest:daily', 'two', at, '2026-11-25T07:30:00.000Z')).toBe(false);
    // The holder may renew; after expiry another may take it.
    expect(await one.locks.acquire('digest:daily', 'one', at, '2026-11-25T08:00:00.000Z')).toBe(true);
    expect(await two.locks.acquire('digest:daily', 'two', '2026-11-25T08:00:01.000Z', '2026-11-25T09:00:00.000Z')).toBe(true);
    await two.locks.release('digest:daily', 'two');
    expect(await one.locks.acquire('digest:daily', 'one', at, '2026-11-25T07:30:00.000Z')).toBe(true);
  });
});

describe('store selection', () => {
  it('an unreachable PostgreSQL server is one line naming the URL without its password, exit 8', async () => {
    const e = await openStore('postgres://digest:s3cret-pass@127.0.0.1:1/news').catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'STORE', exitCode: 8 });
    const line = (e as { describe(): string }).describe();
    expect(line).toContain('postgres://digest@127.0.0.1:1/news');
    expect(line).not.toContain('s3cret');
    expect(line).not.toContain('\n');
  });
});
