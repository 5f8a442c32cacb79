import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../src/subscribers/index.js';
import { linkIn, post, startTestServer, TEST_SECRET, type TestServer } from '../helpers/test-server.js';

const DAY_MS = 86_400_000;

describe('serve: attacks', () => {
  let t: TestServer;
  const subs = () => t.app.services.store.subscribers;
  const seconds = () => Math.floor(t.app.services.now().getTime() / 1000);

  beforeAll(async () => {
    t = await startTestServer({
      config: ['subscribe:', '  maxRequestsPerIpPerHour: 30', '  maxMailsPerAddressPerDay: 3', '  tokenTtlDays: 2', '  pendingExpiryDays: 3'],
    });
  });
  afterAll(async () => {
    await t.close();
  });

  async function subscribeAndGetConfirmPath(email: string): Promise<string> {
    const r = await post(t, '/subscribe', { email, lang: 'en' });
    expect(r.status).toBe(200);
    const mails = await t.mailTo(email);
    return linkIn(mails[mails.length - 1]!, 'confirm');
  }

  it('forged tokens: another secret, a changed reader id, garbage', async () => {
    const { subscriber } = await subs().add({ email: 'victim@example.org', status: 'pending' }, new Date().toISOString());
    const exp = seconds() + 3600;
    const otherSecret = signToken({ purpose: 'confirm', sub: subscriber.id, exp }, 'not-the-server-secret-at-all-000');
    const real = signToken({ purpose: 'confirm', sub: subscriber.id + 1, exp }, TEST_SECRET);
    const [, sig] = real.split('.');
    const swapped = `${Buffer.from(`confirm.${subscriber.id}.${exp}`).toString('base64url')}.${sig}`;
    for (const token of [otherSecret, swapped, 'abc', 'a.b.c', '%00', 'x'.repeat(5000)]) {
      const get = await t.request(`/confirm/${encodeURIComponent(token)}`);
      expect([400, 404], token.slice(0, 20)).toContain(get.status);
      const r = await post(t, `/confirm/${encodeURIComponent(token)}`, {});
      expect([400, 404], token.slice(0, 20)).toContain(r.status);
    }
    expect((await subs().byId(subscriber.id))!.status).toBe('pending');
  });

  it('expired tokens are refused, and pending readers expire after pendingExpiryDays', async () => {
    const path = await subscribeAndGetConfirmPath('late@example.org');
    t.advance(2 * DAY_MS + 60_000);
    const r = await post(t, path, {});
    expect(r.status).toBe(410);
    expect(await r.text()).toContain('This link has expired');
    expect((await subs().byEmail('late@example.org'))!.status).toBe('pending');
    t.advance(1 * DAY_MS);
    expect(await t.server.subscriptions.expire()).toBeGreaterThanOrEqual(1);
    expect(await subs().byEmail('late@example.org')).toBeNull();
  });

  it('replayed tokens: a spent confirm link cannot resubscribe someone who left', async () => {
    const path = await subscribeAndGetConfirmPath('replay@example.org');
    expect((await post(t, path, {})).status).toBe(200);
    const s = (await subs().byEmail('replay@example.org'))!;
    const unsub = signToken({ purpose: 'unsubscribe', sub: s.id, exp: seconds() + 3600 }, TEST_SECRET);
    expect((await post(t, `/unsubscribe/${unsub}`, {})).status).toBe(200);
    // The page behind the spent link says so, and pressing its button does nothing.
    const page = await t.request(path);
    expect(page.status).toBe(410);
    expect(await page.text()).not.toContain('<button');
    const replay = await post(t, path, {});
    expect(replay.status).toBe(410);
    expect(await replay.text()).toContain('already used');
    expect((await subs().byId(s.id))!.status).toBe('unsubscribed');

    // And a spent unsubscribe link cannot undo a later resubscription.
    const again = await subscribeAndGetConfirmPath('replay@example.org');
    expect((await post(t, again, {})).status).toBe(200);
    expect((await post(t, `/unsubscribe/${unsub}`, {})).status).toBe(410);
    expect((await subs().byId(s.id))!.status).toBe('confirmed');
  });

  it('a token for one purpose does nothing on another route', async () => {
    const { subscriber } = await subs().add({ email: 'purpose@example.org', status: 'confirmed' }, new Date().toISOString());
    const exp = seconds() + 3600;
    const confirm = signToken({ purpose: 'confirm', sub: subscriber.id, exp }, TEST_SECRET);
    const prefs = signToken({ purpose: 'preferences', sub: subscriber.id, exp }, TEST_SECRET);
    const unsub = signToken({ purpose: 'unsubscribe', sub: subscriber.id, exp }, TEST_SECRET);
    expect((await post(t, `/unsubscribe/${confirm}`, {})).status).toBe(400);
    expect((await post(t, `/unsubscribe/${prefs}`, {})).status).toBe(400);
    expect((await post(t, `/preferences/${unsub}`, 'paused=1')).status).toBe(400);
    expect((await t.request(`/preferences/${confirm}`)).status).toBe(400);
    const s = (await subs().byId(subscriber.id))!;
    expect(s.status).toBe('confirmed');
    expect(s.paused).toBe(false);
    // And the unsubscribe token cannot confirm a reader who left.
    expect((await post(t, `/unsubscribe/${unsub}`, {})).status).toBe(200);
    expect((await post(t, `/confirm/${unsub}`, {})).status).toBe(400);
    expect((await subs().byId(subscriber.id))!.status).toBe('unsubscribed');
  });

  it('CRLF and <script> in every field: no header injection, nothing unescaped, nothing stored raw', async () => {
    const evil = 'x@example.org\r\nBcc: spy@evil.example\r\n<script>alert(1)</script>';
    const r = await post(t, '/subscribe', {
      email: evil,
      name: '<script>alert(2)</script>\r\nX-Evil: 1',
      lang: 'id\r\nSet-Cookie: a=b"><script>alert(3)</script>',
    });
    expect(r.status).toBe(400);
    expect(r.headers.get('set-cookie')).toBeNull();
    const page = await r.text();
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toMatch(/role="alert"/);

    // A valid address with a hostile name: stored as one line, escaped wherever it appears.
    const ok = await post(t, '/subscribe', { email: 'named@example.org', name: '<script>alert(2)</script>\r\nBcc: spy@evil.example', lang: '<script>' });
    expect(ok.status).toBe(200);
    expect(await ok.text()).not.toMatch(/<script/i);
    const [mail] = await t.mailTo('named@example.org');
    expect(mail!.parsed.headers.has('bcc')).toBe(false);
    expect(mail!.raw.toString()).not.toMatch(/^Bcc:/im);
    expect(mail!.raw.toString()).not.toContain('<script>');
    expect(t.sink.messages.some((m) => m.envelopeTo.includes('spy@evil.example'))).toBe(false);
    const stored = (await subs().byEmail('named@example.org'))!;
    expect(stored.name).toBe('<script>alert(2)</script> Bcc: spy@evil.example');
    expect(stored.lang).toBe('en');

    // Tokens and paths with markup: refused and escaped.
    const weird = await t.request(`/confirm/${encodeURIComponent('<script>alert(4)</script>\r\nX: y')}`);
    expect(weird.status).toBe(400);
    expect(await weird.text()).not.toMatch(/<script/i);
    const q = await t.request(`/?lang=${encodeURIComponent('"><script>alert(5)</script>')}`);
    expect(await q.text()).not.toMatch(/<script/i);
  });

  it('a 10,000-character address is refused without echoing it whole', async () => {
    const long = `${'a'.repeat(9_988)}@example.org`;
    const r = await post(t, '/subscribe', { email: long, lang: 'en' });
    expect(r.status).toBe(400);
    const page = await r.text();
    expect(page.length).toBeLessThan(8_000);
    expect(await subs().byEmail(long.toLowerCase())).toBeNull();
    // A body far beyond any form is cut off before it is read.
    const huge = await post(t, '/subscribe', { email: 'a'.repeat(100_000) });
    expect(huge.status).toBe(413);
  });

  it('form posts from another site are refused (Origin check)', async () => {
    const r = await post(t, '/subscribe', { email: 'csrf@example.org' }, { origin: 'https://evil.example' });
    expect(r.status).toBe(403);
    const s = await post(t, '/subscribe', { email: 'csrf@example.org' }, { origin: '', 'sec-fetch-site': 'cross-site' });
    expect(s.status).toBe(403);
    await t.server.subscriptions.idle();
    expect(await subs().byEmail('csrf@example.org')).toBeNull();
  });

  it('100 subscribe posts from one IP: the first ones answered, the rest refused with 429, at most 3 mails per address', async () => {
    const before = t.sink.messages.length;
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const r = await post(t, '/subscribe', { email: i % 2 ? 'flood@example.org' : `flood${i}@example.org`, lang: 'en' });
      statuses.push(r.status);
      await r.arrayBuffer();
    }
    const ok = statuses.filter((s) => s === 200).length;
    expect(ok).toBeGreaterThan(0);
    expect(ok).toBeLessThanOrEqual(30);
    expect(statuses.slice(ok).every((s) => s === 429)).toBe(true);
    await t.server.subscriptions.idle();
    expect((await t.mailTo('flood@example.org')).length).toBe(3);
    expect(t.sink.messages.length - before).toBeLessThanOrEqual(30);
  });
});
