import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlinePages, runDigest } from '../../src/pipeline/index.js';
import { article } from '../fixtures/articles.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

describe('archive pages and the favicon', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ config: ['digests:', '  - { key: daily, name: Morning Brief, lang: en, timeZone: Asia/Tokyo }'] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('editions of one day are told apart by time and story count; every archive page links to the subscribe form', async () => {
    const s = t.app.services;
    await s.store.subscribers.add({ email: 'ana@example.org', status: 'confirmed' }, new Date().toISOString());
    const d = t.app.config.digests[0]!;
    const ids: string[] = [];
    for (const [i, batch] of [['m1', 'm2'], ['e1']].entries()) {
      const at = new Date().toISOString();
      await s.store.articles.add(
        batch.map((id) => ({ article: article(id, { published: at }), fingerprint: `fp-${id}`, bands: [] })),
        at,
      );
      t.advance(i === 0 ? 0 : 3 * 3_600_000);
      const r = await runDigest(d, { ...t.app.pipeline, fetchPage: offlinePages }, { noFetch: true });
      expect(r.outcome).toBe('sent');
      ids.push(r.editionId!);
    }
    const list = await (await t.request(`/archive`)).text();
    const entries = [...list.matchAll(/<li>(.*?)<\/li>/gs)].map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(entries).toHaveLength(2);
    expect(entries[0]).not.toBe(entries[1]);
    // Newest first: one story three hours after two; each with the time in the digest's zone.
    expect(entries[0]).toMatch(/Morning Brief · .*\d\d:\d\d( [AP]M)? GMT\+9 · 1 story/);
    expect(entries[1]).toMatch(/Morning Brief · .*\d\d:\d\d( [AP]M)? GMT\+9 · 2 stories/);
    expect(list).toMatch(/<a href="\/\?lang=en">Get the next edition by mail: subscribe to Morning Brief<\/a>/);

    const web = await (await t.request(`/archive/${encodeURIComponent(ids[0]!)}`)).text();
    expect(web).toMatch(
      /<body[^>]*><div [^>]*><a href="\/archive"[^>]*>All editions<\/a> · <a href="\/\?lang=en"[^>]*>Get the next edition by mail: subscribe to Morning Brief<\/a><\/div>/,
    );
  });

  it('/favicon.ico is an icon', async () => {
    const r = await t.request(`/favicon.ico`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/x-icon');
    const bytes = new Uint8Array(await r.arrayBuffer());
    // ICONDIR: reserved 0, type 1 (icon), one image of 16x16.
    expect([...bytes.subarray(0, 8)]).toEqual([0, 0, 1, 0, 1, 0, 16, 16]);
    expect(bytes.length).toBe(Number(r.headers.get('content-length')));
  });
});
