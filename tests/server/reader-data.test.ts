import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlinePages, runDigest } from '../../src/pipeline/index.js';
import { signToken } from '../../src/subscribers/index.js';
import { article } from '../fixtures/articles.js';
import { cli } from '../helpers/run-cli.js';
import { linkIn, post, startTestServer, type TestServer } from '../helpers/test-server.js';

describe("readers' own data: download and erasure", () => {
  let t: TestServer;
  let token: string;
  let editionId: string;
  const subs = () => t.app.services.store.subscribers;
  const prefsToken = (id: number) => signToken({ purpose: 'preferences', sub: id, exp: Math.floor(Date.now() / 1000) + 3600 }, t.app.config.secret);

  beforeAll(async () => {
    t = await startTestServer({
      config: [
        'digests:',
        '  - { key: daily, name: Morning Brief, lang: en }',
        '  - { key: weekly, name: Weekly Long Reads, lang: en, schedule: "0 8 * * 1" }',
      ],
    });
    // Ana subscribes on the web form and confirms from her mail: that is her consent.
    expect((await post(t, '/subscribe', { email: 'ana@example.org', name: 'Ana', lang: 'en' })).status).toBe(200);
    const [mail] = await t.mailTo('ana@example.org');
    expect((await post(t, linkIn(mail!, 'confirm'), {})).status).toBe(200);
    const ana = (await subs().byEmail('ana@example.org'))!;
    await subs().setOptedOutDigests(ana.id, ['weekly']);
    const at = new Date().toISOString();
    await t.app.services.store.articles.add([{ article: article('d1', { published: at }), fingerprint: 'fp-d1', bands: [] }], at);
    editionId = (await runDigest(t.app.config.digests[0]!, { ...t.app.pipeline, fetchPage: offlinePages }, { noFetch: true })).editionId!;
    token = prefsToken(ana.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the preferences page offers the download as a form post and the erasure as a link to a page that asks first', async () => {
    const page = await (await t.request(`/preferences/${token}`)).text();
    expect(page).toContain('<h2 id="data-heading">Your data</h2>');
    expect(page).toContain(
      `<form method="post" action="/preferences/${token}/data"><button type="submit" class="secondary">Download my data (JSON)</button></form>`,
    );
    expect(page).toContain(`<a class="secondary" href="/preferences/${token}/erase">Erase my data…</a>`);
  });

  it('download: address, subscriptions, consent time and source, deliveries; only by POST from our own pages', async () => {
    const r = await post(t, `/preferences/${token}/data`, {});
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe('attachment; filename="my-data.json"');
    const data = (await r.json()) as Record<string, unknown> & {
      consent: { source: string; subscribedAt: string; confirmedAt: string };
      deliveries: { editionId: string; status: string }[];
    };
    const ana = (await subs().byEmail('ana@example.org'))!;
    expect(data).toMatchObject({
      list: 'Morning Brief',
      address: 'ana@example.org',
      name: 'Ana',
      status: 'confirmed',
      subscriptions: [
        { digest: 'daily', name: 'Morning Brief', receiving: true },
        { digest: 'weekly', name: 'Weekly Long Reads', receiving: false },
      ],
    });
    expect(data.consent).toEqual({ source: 'web', subscribedAt: ana.createdAt, confirmedAt: ana.confirmedAt });
    expect(data.deliveries.map((d) => [d.editionId, d.status])).toEqual([[editionId, 'submitted']]);

    expect((await t.request(`/preferences/${token}/data`)).status).toBe(405);
    expect((await post(t, `/preferences/${token}/data`, {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post(t, `/preferences/not-a-token/data`, {})).status).toBe(400);
  });

  it('erase: opening the link changes nothing; the button erases her, the ledger keeps its count, her links die, an import leaves her out', async () => {
    const ask = await t.request(`/preferences/${token}/erase`);
    expect(ask.status).toBe(200);
    const page = await ask.text();
    expect(page).toContain('<h1>Erase your data</h1>');
    expect(page).toContain('<form method="post"><button type="submit">Erase my data</button></form>');
    expect(await subs().byEmail('ana@example.org')).not.toBeNull();
    expect((await post(t, `/preferences/${token}/erase`, {}, { origin: 'https://attacker.example' })).status).toBe(403);
    expect(await subs().byEmail('ana@example.org')).not.toBeNull();

    const done = await post(t, `/preferences/${token}/erase`, {});
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('<h1>Your data is erased</h1>');
    expect(await subs().byEmail('ana@example.org')).toBeNull();
    expect(await t.app.services.store.deliveries.counts(editionId)).toEqual({ queued: 0, submitted: 1, failed: 0 });
    expect((await t.request(`/preferences/${token}`)).status).toBe(410);
    expect((await post(t, `/preferences/${token}/data`, {})).status).toBe(410);

    // The operator's import and add do not bring her back; everyone else is imported as usual.
    const csv = path.join(t.dir, 'readers.csv');
    writeFileSync(csv, 'email,name\nAna@Example.org,Ana\nbudi@example.org,Budi\n');
    const imported = await cli(['subscribers', 'import', csv, '--confirmed', '--config', t.configPath], { env: t.env, cwd: t.dir });
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe(`${csv}:2: ana@example.org had their data erased at their request; left out\n`);
    expect(imported.stdout).toMatch(
      /^imported 1 rows: 1 new, 1 confirmed, .*; 0 bad rows; kept out 0 unsubscribed and 0 cleaned; 1 left out \(erased at their request\)$/m,
    );
    expect(await subs().byEmail('ana@example.org')).toBeNull();
    const added = await cli(['subscribers', 'add', 'ana@example.org', '--config', t.configPath], { env: t.env, cwd: t.dir });
    expect(added.code).toBe(3);
    expect(added.stderr).toMatch(/ana@example\.org had their data erased at their own request/);
  });

  it('subscribers forget ADDRESS does the same for the operator', async () => {
    const r = await cli(['subscribers', 'forget', 'Budi@example.org', '--config', t.configPath], { env: t.env, cwd: t.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^erased budi@example\.org/);
    expect(await subs().byEmail('budi@example.org')).toBeNull();
    expect(await t.app.services.store.readerData.erased(['budi@example.org'])).toEqual(new Set(['budi@example.org']));
    const again = await cli(['subscribers', 'forget', 'budi@example.org', '--config', t.configPath], { env: t.env, cwd: t.dir });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/no reader budi@example\.org/);
  });
});
