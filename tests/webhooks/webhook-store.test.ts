import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { ENGINES, freshDatabase, type FreshDatabase } from '../helpers/store-engines.js';

const databases: FreshDatabase[] = [];
const opened: Store[] = [];
afterAll(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  await Promise.all(databases.splice(0).map((d) => d.drop()));
});

const t = (s: number) => new Date(Date.UTC(2026, 11, 6, 8, 0, s)).toISOString();

describe.each(ENGINES)('webhook queue on %s', (engine) => {
  it('a due call is claimed by one process only; a failed try comes back at its next time; a dead one never', async () => {
    const db = await freshDatabase(engine);
    databases.push(db);
    // Two processes on one database.
    const a = await openStore(db.target);
    const b = await openStore(db.target);
    opened.push(a, b);
    await a.webhooks.enqueue(
      [
        { id: 'msg_1', endpoint: 'http://h/1', eventType: 'edition.sent', body: '{"n":1}' },
        { id: 'msg_2', endpoint: 'http://h/1', eventType: 'subscriber.confirmed', body: '{"n":2}' },
      ],
      t(0),
    );
    expect(await a.webhooks.nextDue()).toBe(t(0));
    const first = await a.webhooks.claimDue(t(1), t(20), 10);
    expect(first.map((c) => [c.id, c.body, c.attempts])).toEqual([
      ['msg_1', '{"n":1}', 0],
      ['msg_2', '{"n":2}', 0],
    ]);
    // Leased: nobody else takes them before the lease runs out.
    expect(await b.webhooks.claimDue(t(2), t(30), 10)).toEqual([]);
    await a.webhooks.failed('msg_1', 1, 'HTTP 500', t(5), t(2));
    await a.webhooks.sent('msg_2', 1, t(2));
    expect(await b.webhooks.claimDue(t(4), t(30), 10)).toEqual([]);
    const again = await b.webhooks.claimDue(t(5), t(30), 10);
    expect(again.map((c) => [c.id, c.attempts])).toEqual([['msg_1', 1]]);
    await b.webhooks.failed('msg_1', 2, 'HTTP 500', null, t(6));
    expect(await a.webhooks.claimDue(t(99), t(120), 10)).toEqual([]);
    expect((await a.webhooks.list()).map((r) => [r.id, r.status, r.attempts, r.lastError])).toEqual([
      ['msg_1', 'dead', 2, 'HTTP 500'],
      ['msg_2', 'sent', 1, null],
    ]);
    expect(await a.webhooks.nextDue()).toBeNull();
    expect(await b.webhooks.counts()).toEqual({ queued: 0, sent: 1, dead: 1 });
  });

  it('a claim held by a process that died comes back after its lease; one released on stopping comes back at once', async () => {
    const db = await freshDatabase(engine);
    databases.push(db);
    const s = await openStore(db.target);
    opened.push(s);
    await s.webhooks.enqueue([{ id: 'msg_a', endpoint: 'http://h', eventType: 'edition.sent', body: '{}' }], t(0));
    await s.webhooks.enqueue([{ id: 'msg_b', endpoint: 'http://h', eventType: 'edition.sent', body: '{}' }], t(0));
    expect((await s.webhooks.claimDue(t(1), t(15), 10)).length).toBe(2);
    await s.webhooks.release(['msg_b'], t(2));
    expect((await s.webhooks.claimDue(t(3), t(40), 10)).map((c) => c.id)).toEqual(['msg_b']);
    expect((await s.webhooks.claimDue(t(15), t(40), 10)).map((c) => c.id)).toEqual(['msg_a']);
  });
});
