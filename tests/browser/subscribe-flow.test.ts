import { createTransport } from 'nodemailer';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SinkMessage } from '../helpers/smtp-sink.js';
import { cli } from '../helpers/run-cli.js';
import { findBinary, skipWithoutBinary } from '../helpers/find-binary.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const executable = findBinary('chromium', 'chromium-browser');
const skip = skipWithoutBinary(executable, 'chromium');
// Waits are for events and selectors, never for a fixed time; this only bounds a hang.
const WAIT = { timeout: 30_000 };

interface ListHeader {
  unsubscribe?: { url?: string; mail?: string };
}

describe.skipIf(skip)('subscribing in Chromium, the digest, and leaving with one click', () => {
  let browser: Browser;
  let page: Page;
  let t: TestServer;
  const cspViolations: string[] = [];
  const subs = () => t.app.services.store.subscribers;
  const send = (digest: string) => cli(['send', '--digest', digest, '--config', t.configPath], { env: t.env, cwd: t.dir });
  const digestsTo = (email: string) => t.sink.messages.filter((m) => m.envelopeTo.includes(email) && m.parsed.headers.has('list'));
  const listHeader = (m: SinkMessage) => m.parsed.headers.get('list') as ListHeader;

  beforeAll(async () => {
    t = await startTestServer({
      smtpPort: true,
      // Two digests over the same feeds: the second send has the same stories to deliver again.
      config: [
        'digests:',
        '  - key: daily',
        '    name: Morning Brief',
        '    maxStories: 20',
        '  - key: evening',
        '    name: Evening Brief',
        '    maxStories: 20',
      ],
    });
    browser = await chromium.launch({
      executablePath: executable!,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    // Only our server answers; images in the archived mail point elsewhere and stay offline.
    await page.route('**/*', (route) => (new URL(route.request().url()).host === new URL(t.url).host ? route.continue() : route.abort()));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    for (const email of ['control@example.org', 'by-mail@example.org']) {
      const r = await cli(['subscribers', 'add', email, '--config', t.configPath], { env: t.env, cwd: t.dir });
      expect(r.code, r.stderr).toBe(0);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('fill the form -> the confirmation mail arrives -> its link, Confirm -> confirmed', async () => {
    await page.goto(t.url);
    await page.getByLabel('Email address').fill('Rina@Example.org');
    await page.getByLabel('Name (optional)').fill('Rina');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('Check your inbox');
    expect((await subs().byEmail('rina@example.org'))!.status).toBe('pending');

    const [mail] = await t.mailTo('rina@example.org');
    expect(mail!.parsed.subject).toMatch(/Confirm your subscription/);
    const link = /href="([^"]+\/confirm\/[^"]+)"/.exec(mail!.parsed.html as string)![1]!.replace(/&amp;/g, '&');
    expect(link.startsWith(`${t.url}/confirm/`)).toBe(true);

    await page.goto(link);
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('Confirm your subscription');
    // Opening the link changed nothing: only the button does.
    expect((await subs().byEmail('rina@example.org'))!.status).toBe('pending');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('You are subscribed');
    expect((await subs().byEmail('rina@example.org'))!).toMatchObject({ status: 'confirmed', name: 'Rina' });
  });

  it('send delivers the digest to her, with working List-Unsubscribe and web-version links', async () => {
    const r = await send('daily');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/daily: .*sent edition daily-\S+: \d+ stories, 3 submitted/);
    const [digest] = digestsTo('rina@example.org');
    expect(digest).toBeDefined();
    expect(listHeader(digest!).unsubscribe?.url?.startsWith(`${t.url}/unsubscribe/`)).toBe(true);

    const archive = /href="([^"]+\/archive\/[^"]+)"/.exec(digest!.parsed.html as string)![1]!;
    await page.goto(archive);
    await expect.poll(() => page.locator('body').innerText(), WAIT).toContain('Port of Rotterdam handles record container volume');
  });

  it('one-click POST to the https List-Unsubscribe URL from the header, and the mailto form to the request address', async () => {
    const url = listHeader(digestsTo('rina@example.org')[0]!).unsubscribe!.url!;
    // What a mailbox provider does (RFC 8058): a POST with this body, no cookie, no script.
    const r = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(r.status).toBe(200);
    expect((await subs().byEmail('rina@example.org'))!.status).toBe('unsubscribed');

    const mailto = new URL(`mailto:${listHeader(digestsTo('by-mail@example.org')[0]!).unsubscribe!.mail!}`);
    const mailer = createTransport({ host: '127.0.0.1', port: t.server.smtpPort!, secure: false, ignoreTLS: true });
    await mailer.sendMail({ from: 'by-mail@example.org', to: mailto.pathname, subject: mailto.searchParams.get('subject')!, text: '' });
    mailer.close();
    await t.server.subscriptions.idle();
    expect((await subs().byEmail('by-mail@example.org'))!.status).toBe('unsubscribed');
  });

  it('the next send skips the readers who left', async () => {
    const before = t.sink.messages.length;
    const r = await send('evening');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/evening: .*sent edition evening-\S+: \d+ stories, 1 submitted/);
    expect(t.sink.messages.slice(before).map((m) => m.envelopeTo[0])).toEqual(['control@example.org']);
  });

  it('no page broke its Content Security Policy', () => {
    expect(cspViolations).toEqual([]);
  });
});
