import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlinePages, runDigest } from '../../src/pipeline/index.js';
import { signToken } from '../../src/subscribers/index.js';
import { linkIn, post, startTestServer, type TestServer } from '../helpers/test-server.js';

describe('serve: the reader pages over real HTTP', () => {
  let t: TestServer;
  const subs = () => t.app.services.store.subscribers;

  beforeAll(async () => {
    t = await startTestServer({
      config: ['digests:', '  - key: daily', '    name: Morning Brief', '  - key: weekly', '    name: Weekly Long Reads', '    schedule: "0 8 * * 1"'],
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET / shows an accessible form in English, and in Indonesian on request', async () => {
    const en = await t.request(`/`);
    expect(en.status).toBe(200);
    const html = await en.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<label for="email">Email address<\/label>/);
    expect(html).toMatch(/<input id="email" name="email" type="email" required autocomplete="email"/);
    expect(html).toContain('<form method="post" action="/subscribe">');
    expect(html).not.toContain('<script');
    const id = await (await t.request(`/?lang=id`)).text();
    expect(id).toContain('<html lang="id">');
    expect(id).toContain('Alamat surel');
    const byHeader = await (await t.request(`/`, { headers: { 'accept-language': 'id-ID,id;q=0.9' } })).text();
    expect(byHeader).toContain('<html lang="id">');
  });

  it('over a real socket, every answer carries the security headers, HEAD included', async () => {
    for (const p of ['/', '/healthz', '/archive', '/nope', '/confirm/abc']) {
      const r = await fetch(t.url + p);
      expect(r.headers.get('content-security-policy'), p).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
      expect(r.headers.get('x-frame-options'), p).toBe('DENY');
      expect(r.headers.get('x-content-type-options'), p).toBe('nosniff');
      expect(r.headers.get('referrer-policy'), p).toBe('same-origin');
    }
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${t.url}/nope`)).status).toBe(404);
    const wrongMethod = await fetch(`${t.url}/subscribe`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    const head = await fetch(`${t.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    // The pages' one stylesheet is a file of templates/web/, served from our own origin.
    const css = await fetch(`${t.url}/page.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('--accent:');
    expect(await (await fetch(`${t.url}/`)).text()).toContain('<link rel="stylesheet" href="/page.css">');
  });

  it('subscribe -> pending + confirmation mail; GET /confirm changes nothing; POST /confirm confirms', async () => {
    const r = await post(t, '/subscribe', { email: '  Ana.Sari@Example.ORG ', name: 'Ana', lang: 'id' });
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('Periksa kotak masuk Anda');
    const [mail] = await t.mailTo('ana.sari@example.org');
    expect(mail).toBeDefined();
    const ana = (await subs().byEmail('ana.sari@example.org'))!;
    expect(ana).toMatchObject({ status: 'pending', name: 'Ana', lang: 'id' });
    expect(mail!.parsed.headers.get('auto-submitted')).toBe('auto-generated');

    const path = linkIn(mail!, 'confirm');
    // A mail scanner following the link twice confirms nobody.
    for (let i = 0; i < 2; i++) {
      const page = await t.request(path);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<form method="post"><button type="submit">Konfirmasi<\/button><\/form>/);
    }
    expect((await subs().byId(ana.id))!.status).toBe('pending');

    const done = await post(t, path, {});
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('ana.sari@example.org');
    expect((await subs().byId(ana.id))!.status).toBe('confirmed');
  });

  it('a second subscribe of a confirmed address gets the same answer and sends nothing', async () => {
    const before = (await t.mailTo('ana.sari@example.org')).length;
    const known = await post(t, '/subscribe', { email: 'ana.sari@example.org', lang: 'en' });
    const unknown = await post(t, '/subscribe', { email: 'nobody-yet@example.org', lang: 'en' });
    expect(known.status).toBe(unknown.status);
    expect(await known.text()).toBe(await unknown.text());
    expect((await t.mailTo('ana.sari@example.org')).length).toBe(before);
    expect((await t.mailTo('nobody-yet@example.org')).length).toBe(1);
  });

  it('one-click unsubscribe: POST with no cookie and no Origin answers 200, never a redirect', async () => {
    const { subscriber } = await subs().add({ email: 'budi@example.net', status: 'confirmed' }, new Date().toISOString());
    const token = signToken({ purpose: 'unsubscribe', sub: subscriber.id, exp: Math.floor(Date.now() / 1000) + 3600 }, t.app.config.secret);
    const page = await t.request(`/unsubscribe/${token}`);
    expect(await page.text()).toMatch(/<button type="submit">Unsubscribe<\/button>/);
    expect((await subs().byId(subscriber.id))!.status).toBe('confirmed');

    const r = await t.request(`/unsubscribe/${token}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('location')).toBeNull();
    expect(r.headers.get('set-cookie')).toBeNull();
    expect((await subs().byId(subscriber.id))!.status).toBe('unsubscribed');
    // A provider retrying the same POST, in another encoding, gets the same 200.
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    const again = await t.request(`/unsubscribe/${token}`, { method: 'POST', redirect: 'manual', body: form });
    expect(again.status).toBe(200);
  });

  it('preferences: pause, resume and choose digests; the choice decides who an edition goes to', async () => {
    const { subscriber } = await subs().add({ email: 'citra@example.com', status: 'confirmed' }, new Date().toISOString());
    const token = signToken({ purpose: 'preferences', sub: subscriber.id, exp: Math.floor(Date.now() / 1000) + 3600 }, t.app.config.secret);
    const page = await (await t.request(`/preferences/${token}`)).text();
    expect(page).toContain('citra@example.com');
    expect(page).toMatch(/name="digest" value="daily" checked/);
    expect(page).toMatch(/name="digest" value="weekly" checked/);
    // Unsubscribing is a link to the page that asks, not a button that acts at once.
    expect(page).not.toMatch(/<form[^>]*action="\/unsubscribe\//);
    expect(page).toMatch(/<a class="secondary" href="\/unsubscribe\/[\w-]+\.[\w-]+">Unsubscribe from all digests…<\/a>/);

    const paused = await post(t, `/preferences/${token}`, 'paused=1&digest=daily&digest=weekly');
    expect(paused.status).toBe(200);
    expect(await paused.text()).toMatch(/name="paused" value="1" checked/);
    expect((await subs().recipients()).map((s) => s.email)).not.toContain('citra@example.com');

    await post(t, `/preferences/${token}`, 'digest=weekly');
    expect((await subs().byId(subscriber.id))!.paused).toBe(false);
    expect((await subs().recipients('daily')).map((s) => s.email)).not.toContain('citra@example.com');
    expect((await subs().recipients('weekly')).map((s) => s.email)).toContain('citra@example.com');
    // The page's unsubscribe link leads to the page with the one button; only that button acts.
    const fresh = /href="(\/unsubscribe\/[\w.-]+)"/.exec(await (await t.request(`/preferences/${token}`)).text())![1]!;
    expect(await (await t.request(fresh)).text()).toMatch(/<form method="post">.*<button type="submit">Unsubscribe<\/button><\/form>/s);
    expect((await subs().byId(subscriber.id))!.status).toBe('confirmed');
    expect((await post(t, fresh, {})).status).toBe(200);
    expect((await subs().byId(subscriber.id))!.status).toBe('unsubscribed');
  });

  it('archive: lists editions and shows the web version of one', async () => {
    expect(await (await t.request(`/archive`)).text()).toContain('No edition has been sent yet.');
    const report = await runDigest(t.app.config.digests[0]!, { ...t.app.pipeline, fetchPage: offlinePages });
    expect(report.outcome).toBe('sent');
    const list = await (await t.request(`/archive`)).text();
    expect(list).toContain(`/archive/${encodeURIComponent(report.editionId!)}`);
    const web = await t.request(`/archive/${encodeURIComponent(report.editionId!)}`);
    expect(web.status).toBe(200);
    expect(web.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    const html = await web.text();
    expect(html).toContain('Port of Rotterdam handles record container volume');
    // The web copy names no reader and carries no reader's token.
    expect(html).not.toMatch(/\/unsubscribe\/[\w-]+\.[\w-]+/);
    expect(html).not.toContain('ana.sari@example.org');
    expect((await t.request(`/archive/no-such-edition`)).status).toBe(404);
  });
});
