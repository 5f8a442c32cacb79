import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/index.js';
import type { Renderer } from '../../src/render/index.js';
import { findBinary, skipWithoutBinary } from '../helpers/find-binary.js';
import { hostileDigest, hostileReader } from './fixtures/hostile.js';
import { context, morningBrief, pagiIni, reader } from './fixtures/morning-brief.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = path.join(root, 'test-artifacts', 'render');
const executable = findBinary('chromium', 'chromium-browser');
const skip = skipWithoutBinary(executable, 'chromium');

// A 16:9 picture answers every image request, so pages lay out as with real images and nothing leaves the machine.
const PICTURE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720"><rect width="1280" height="720" fill="#7a8b99"/><circle cx="640" cy="360" r="200" fill="#d9c7a3"/></svg>';

interface PageReport {
  scrollWidth: number;
  innerWidth: number;
  imagesWithoutAlt: string[];
  badLinks: string[];
  links: number;
  text: string;
  lang: string | null;
  scripts: number;
  pwned: boolean;
}

describe.skipIf(skip)('the rendered mail in Chromium', () => {
  let browser: Browser;
  let renderer: Renderer;

  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true });
    // A plain launch runs on a fresh temporary profile, removed on close.
    browser = await chromium.launch({
      executablePath: executable!,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    renderer = await createRenderer({ templatesDir: path.join(root, 'templates'), validation: 'strict' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
    await page.route('**/*', (route) =>
      route.request().resourceType() === 'image' ? route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PICTURE }) : route.abort(),
    );
    await page.setContent(html, { waitUntil: 'load' });
    return page;
  }

  function report(page: Page): Promise<PageReport> {
    return page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      imagesWithoutAlt: [...document.images].filter((i) => !i.getAttribute('alt')?.trim()).map((i) => i.src),
      badLinks: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '(none)').filter((h) => !/^(https?:\/\/|mailto:)/.test(h)),
      links: document.querySelectorAll('a').length,
      text: document.body.innerText.replace(/\u00a0/g, ' '),
      lang: document.documentElement.getAttribute('lang'),
      scripts: document.querySelectorAll('script').length,
      pwned: (window as unknown as { pwned?: boolean }).pwned === true,
    }));
  }

  for (const [name, digest] of [
    ['en', { ...morningBrief, moreCount: 3 }],
    ['id', pagiIni],
  ] as const) {
    it(`${name}: fits 375 px, every image has alt text, every link is absolute`, async () => {
      const mail = (await renderer.renderEdition(digest, context)).personalize(reader(1));
      const phone = await open(mail.html, 375);
      const r = await report(phone);
      await phone.screenshot({ path: path.join(artifacts, `digest-${name}-375.png`), fullPage: true });
      await phone.close();

      expect(r.scrollWidth).toBeLessThanOrEqual(r.innerWidth);
      expect(r.imagesWithoutAlt).toEqual([]);
      expect(r.badLinks).toEqual([]);
      expect(r.links).toBeGreaterThan(10);
      expect(r.lang).toBe(digest.lang);
      // Figures are formatted per locale, and both quotes and greetings made it through MJML.
      expect(r.text).toContain('Rp 5 T');
      expect(r.text).toContain('$1.2B');
      expect(r.text).toContain('Maria Delgado');
      expect(r.text).toContain(name === 'id' ? 'Halo Reader 1,' : 'Hello Reader 1,');

      const desktop = await open(mail.html, 800);
      await desktop.screenshot({ path: path.join(artifacts, `digest-${name}-800.png`), fullPage: true });
      await desktop.close();
      const dark = await open(mail.html, 375, 'dark');
      const [background, card] = await dark.evaluate(() => [
        getComputedStyle(document.querySelector('.nd-body > div')!).backgroundColor,
        getComputedStyle(document.querySelector('.nd-card > table > tbody > tr > td')!).backgroundColor,
      ]);
      await dark.screenshot({ path: path.join(artifacts, `digest-${name}-375-dark.png`), fullPage: true });
      await dark.close();
      expect(background).toBe('rgb(22, 20, 15)');
      expect(card).toBe('rgb(35, 32, 26)');
    });
  }

  for (const digest of [morningBrief, pagiIni]) {
    it(`${digest.lang}: three figures stay side by side on a phone, each number on one line inside its cell`, async () => {
      const mail = (await renderer.renderEdition(digest, context)).personalize(reader(1));
      const page = await open(mail.html, 375);
      const cells = await page.evaluate(() =>
        [...document.querySelectorAll('td.nd-figure')].map((td) => {
          const number = td.querySelector('span')!;
          const box = td.getBoundingClientRect();
          const n = number.getBoundingClientRect();
          return {
            top: Math.round(box.top),
            inside: n.left >= box.left - 0.5 && n.right <= box.right + 0.5 && number.scrollWidth <= number.clientWidth,
            lines: Math.round(n.height / parseFloat(getComputedStyle(number).lineHeight)),
          };
        }),
      );
      await page.close();
      expect(new Set(cells.slice(0, 3).map((c) => c.top)).size).toBe(1);
      expect(cells.every((c) => c.inside && c.lines === 1)).toBe(true);
    });
  }

  it('a story card at 375 px shows a lower bound with ">" and an "about" with "~", each with what it counts', async () => {
    const mail = (await renderer.renderEdition(pagiIni, context)).personalize(reader(1));
    const page = await open(mail.html, 375);
    const cells = await page.evaluate(() =>
      [...document.querySelectorAll('td.nd-figure')].map((td) => {
        const [number, caption] = [...td.querySelectorAll('span')];
        const box = td.getBoundingClientRect();
        return {
          number: number!.textContent!.replace(/\u00a0/g, ' '),
          caption: caption!.textContent!,
          visible: box.width > 0 && box.left >= 0 && box.right <= window.innerWidth && getComputedStyle(caption!).display !== 'none',
        };
      }),
    );
    const card = page.locator('td.nd-figure', { hasText: 'personel TNI' }).locator('xpath=ancestor::table[1]');
    await card.screenshot({ path: path.join(artifacts, 'story-card-figures-375.png') });
    await page.close();
    expect(cells).toContainEqual({ number: '>600 rb', caption: 'personel TNI', visible: true });
    expect(cells).toContainEqual({ number: '~160K', caption: 'vehicles a day expected by spring', visible: true });
    // An exact figure carries no sign.
    expect(cells).toContainEqual({ number: 'Rp 5 T', caption: 'tambahan anggaran pertahanan', visible: true });
  });

  it('hostile feed text and reader name neither run script nor break the layout', async () => {
    const mail = (await renderer.renderEdition(hostileDigest, context)).personalize(hostileReader);
    const page = await open(mail.html, 375);
    const r = await report(page);
    await page.screenshot({ path: path.join(artifacts, 'digest-hostile-375.png'), fullPage: true });
    await page.close();
    expect(r.scripts).toBe(0);
    expect(r.pwned).toBe(false);
    expect(r.badLinks).toEqual([]);
    expect(r.scrollWidth).toBeLessThanOrEqual(r.innerWidth);
    expect(r.text).toContain('<script>');
  });

  it('the confirmation mail fits 375 px with absolute links', async () => {
    const mail = await renderer.renderConfirmation({
      listName: 'Morning Brief',
      confirmUrl: 'https://brief.example.org/c/tok-123',
      lang: 'en',
      publicUrl: context.publicUrl,
      postalAddress: context.postalAddress,
      email: 'reader1@example.com',
    });
    const page = await open(mail.html, 375);
    const r = await report(page);
    await page.screenshot({ path: path.join(artifacts, 'confirmation-375.png'), fullPage: true });
    await page.close();
    expect(r.scrollWidth).toBeLessThanOrEqual(r.innerWidth);
    expect(r.badLinks).toEqual([]);
    expect(r.text).toContain('Yes, subscribe me');
  });
});
