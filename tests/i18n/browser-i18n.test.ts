import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../src/subscribers/index.js';
import { findBinary, skipWithoutBinary } from '../helpers/find-binary.js';
import { context, reader } from '../render/fixtures/morning-brief.js';
import { startTestServer, TEST_SECRET, type TestServer } from '../helpers/test-server.js';
import { ochtendEditie } from './fixtures/dutch-edition.js';

const root = path.resolve(import.meta.dirname, '../..');
const artifacts = path.join(root, 'test-artifacts', 'i18n');
const executable = findBinary('chromium', 'chromium-browser');
const skip = skipWithoutBinary(executable, 'chromium');
const PHONE = { width: 375, height: 800 };

interface Fit {
  lang: string | null;
  text: string;
  pageScrollWidth: number;
  pageClientWidth: number;
  /** Boxes whose content is wider than the box itself: text running out of its card, button or cell. */
  overflowing: string[];
}

/** Whether the page and every box on it holds its text within its own width. */
function fit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const overflowing = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        // Boxes that clip on purpose (the hidden preheader) and inline boxes (no width of their own) do not count.
        if (style.display === 'none' || style.display === 'inline' || style.overflowX !== 'visible' || el.clientWidth === 0) return false;
        return el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}: ${el.innerText.slice(0, 60)}`);
    return {
      lang: document.documentElement.getAttribute('lang'),
      text: document.body.innerText.replace(/[\u00a0\u202f]/g, ' '),
      pageScrollWidth: document.documentElement.scrollWidth,
      pageClientWidth: document.documentElement.clientWidth,
      overflowing,
    };
  });
}

describe.skipIf(skip)('other languages on a 375 px phone in Chromium', () => {
  let browser: Browser;
  let t: TestServer;

  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true });
    browser = await chromium.launch({
      executablePath: executable!,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    t = await startTestServer({
      config: [
        'digests:',
        '  - key: daily',
        '    name: Le Point du matin',
        '    lang: fr',
        '  - key: weekly',
        '    name: Les grands formats de la semaine',
        '    lang: fr',
        '    schedule: "0 8 * * 1"',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the preferences page in French fits, every label inside its box', async () => {
    const { subscriber } = await t.app.services.store.subscribers.add(
      { email: 'anne-sophie.delacroix-beaumont@exemple.fr', status: 'confirmed', lang: 'fr' },
      new Date().toISOString(),
    );
    const token = signToken({ purpose: 'preferences', sub: subscriber.id, exp: Math.floor(Date.now() / 1000) + 3600 }, TEST_SECRET);
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${t.url}/preferences/${token}`);
    await page.getByRole('button', { name: 'Enregistrer les préférences' }).click();
    await page.getByRole('status').waitFor();
    const r = await fit(page);
    await page.screenshot({ path: path.join(artifacts, 'preferences-fr-375.png'), fullPage: true });
    await page.close();

    expect(r.lang).toBe('fr');
    expect(r.text).toContain('Vos préférences sont enregistrées.');
    expect(r.text).toContain('Suspendre tous les envois pour l’instant');
    expect(r.text).toContain('Lettres à recevoir');
    expect(r.text).toContain('Les grands formats de la semaine');
    expect(r.pageScrollWidth).toBeLessThanOrEqual(r.pageClientWidth);
    expect(r.overflowing).toEqual([]);
  });

  it('the subscribe page in German fits, with a link to each of the other eight languages', async () => {
    const page = await browser.newPage({ viewport: PHONE, locale: 'de-DE', extraHTTPHeaders: { 'accept-language': 'de-DE,de;q=0.9' } });
    await page.goto(t.url);
    const links = await page.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('hreflang')));
    const r = await fit(page);
    await page.screenshot({ path: path.join(artifacts, 'subscribe-de-375.png'), fullPage: true });
    await page.close();
    expect(r.lang).toBe('de');
    expect(r.text).toContain('E-Mail-Adresse');
    expect(links.sort()).toEqual(['en', 'es', 'fr', 'id', 'it', 'ms', 'nl', 'pt']);
    expect(r.pageScrollWidth).toBeLessThanOrEqual(r.pageClientWidth);
    expect(r.overflowing).toEqual([]);
  });

  it('a Dutch digest fits, with Dutch labels, numbers and dates', async () => {
    const mail = (await t.app.services.renderer.renderEdition(ochtendEditie, context)).personalize(reader(7, 'Sanne'));
    const page = await browser.newPage({ viewport: PHONE });
    // Nothing leaves the machine: images get a grey box, anything else is refused.
    await page.route('**/*', (route) =>
      route.request().resourceType() === 'image'
        ? route.fulfill({
            status: 200,
            contentType: 'image/svg+xml',
            body: '<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720"><rect width="1280" height="720" fill="#7a8b99"/></svg>',
          })
        : route.abort(),
    );
    await page.setContent(mail.html, { waitUntil: 'load' });
    const r = await fit(page);
    await page.screenshot({ path: path.join(artifacts, 'digest-nl-375.png'), fullPage: true });
    await page.close();

    expect(r.lang).toBe('nl');
    expect(r.text).toContain('Hallo Sanne,');
    expect(r.text).toContain('hier zijn de 2 berichten van vandaag.');
    expect(r.text).toContain('Nog 1.200 berichten op de website');
    expect(r.text).toContain('Lees het artikel');
    expect(r.text).toContain('‘Dit is een eerste stap, meer zat er dit jaar niet in’');
    expect(r.text).toContain('~1.234,5');
    expect(r.text).toContain('7,25%');
    expect(mail.text).toContain('woensdag 25 november 2026');
    expect(mail.subject).toBe('Morning Brief · 2 berichten · 25 nov');
    expect(r.pageScrollWidth).toBeLessThanOrEqual(r.pageClientWidth);
    expect(r.overflowing).toEqual([]);
  });
});
