import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../src/subscribers/index.js';
import { findBinary, skipWithoutBinary } from '../helpers/find-binary.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const executable = findBinary('chromium', 'chromium-browser');
const skip = skipWithoutBinary(executable, 'chromium');
const WAIT = { timeout: 30_000 };

describe.skipIf(skip)('the preferences page in Chromium', () => {
  let browser: Browser;
  let t: TestServer;
  const shots = mkdtempSync(path.join(tmpdir(), 'nd-prefs-shots-'));

  beforeAll(async () => {
    t = await startTestServer();
    browser = await chromium.launch({
      executablePath: executable!,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function preferencesPage(email: string, width: number): Promise<{ page: Page; id: number }> {
    const { subscriber } = await t.app.services.store.subscribers.add({ email, status: 'confirmed' }, new Date().toISOString());
    const token = signToken({ purpose: 'preferences', sub: subscriber.id, exp: Math.floor(Date.now() / 1000) + 3600 }, t.app.config.secret);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${t.url}/preferences/${token}`);
    return { page, id: subscriber.id };
  }

  for (const width of [375, 1280]) {
    it(`at ${width} px: Save is the main button; Unsubscribe is a separate, secondary, clearly labelled link`, async () => {
      const { page, id } = await preferencesPage(`wide-${width}@example.org`, width);
      const save = page.getByRole('button', { name: 'Save preferences' });
      const leave = page.getByRole('link', { name: 'Unsubscribe from all digests…' });
      await expect.poll(() => leave.isVisible(), WAIT).toBe(true);
      // Save, and the download of the reader's data; erasing and leaving are links to pages that ask first.
      expect((await page.getByRole('button').allInnerTexts()).map((b) => b.trim())).toEqual(['Save preferences', 'Download my data (JSON)']);

      const a = (await save.boundingBox())!;
      const b = (await leave.boundingBox())!;
      // Apart: the leave section starts well below Save, under its own heading.
      expect(b.y - (a.y + a.height)).toBeGreaterThan(48);
      await expect.poll(() => page.getByRole('heading', { name: 'Leave the list' }).isVisible(), WAIT).toBe(true);
      const look = (el: Element) => {
        const s = getComputedStyle(el);
        return { background: s.backgroundColor, border: s.borderTopColor, color: s.color };
      };
      const saveLook = await save.evaluate(look);
      const leaveLook = await leave.evaluate(look);
      // Save is filled with the accent colour; the leave link is an outline on the page's own background.
      expect(leaveLook.background).toBe('rgba(0, 0, 0, 0)');
      expect(saveLook.background).not.toBe(leaveLook.background);
      expect(saveLook.color).not.toBe(leaveLook.color);

      const file = path.join(shots, `preferences-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`screenshot: ${file}`);

      // Following the link asks first; the reader stays subscribed until they press the button there.
      await leave.click();
      await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('Unsubscribe');
      expect((await t.app.services.store.subscribers.byId(id))!.status).toBe('confirmed');
      await page.getByRole('button', { name: 'Unsubscribe' }).click();
      await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('You are unsubscribed');
      expect((await t.app.services.store.subscribers.byId(id))!.status).toBe('unsubscribed');
      await page.close();
    });
  }

  it('at 375 px the export and erase controls are on screen, secondary, side by side or stacked but never cut; download gives the JSON, erase asks first', async () => {
    const { page, id } = await preferencesPage('data-375@example.org', 375);
    const download = page.getByRole('button', { name: 'Download my data (JSON)' });
    const erase = page.getByRole('link', { name: 'Erase my data…' });
    await expect.poll(() => erase.isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: 'Your data' }).isVisible(), WAIT).toBe(true);
    const save = (await page.getByRole('button', { name: 'Save preferences' }).boundingBox())!;
    for (const control of [download, erase]) {
      const box = (await control.boundingBox())!;
      // Inside the 375 px viewport, below the main form, and a comfortable tap target.
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(box.y).toBeGreaterThan(save.y + save.height);
      expect(box.height).toBeGreaterThanOrEqual(40);
      // Outlined on the page's background, not filled like Save.
      expect(await control.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    }
    const shot = path.join(shots, 'preferences-data-375.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`screenshot: ${shot}`);

    const [file] = await Promise.all([page.waitForEvent('download', WAIT), download.click()]);
    expect(file.suggestedFilename()).toBe('my-data.json');
    const saved = path.join(shots, 'my-data.json');
    await file.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ address: 'data-375@example.org', status: 'confirmed' });

    await erase.click();
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('Erase your data');
    expect(await t.app.services.store.subscribers.byId(id)).not.toBeNull();
    await page.getByRole('button', { name: 'Erase my data' }).click();
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('Your data is erased');
    expect(await t.app.services.store.subscribers.byId(id)).toBeNull();
    await page.close();
  });

  it('the favicon decodes as a 16 px image', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/archive`);
    const size = await page.evaluate(async () => {
      const img = new Image();
      img.src = '/favicon.ico';
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    });
    expect(size).toEqual([16, 16]);
    await page.close();
  });
});
