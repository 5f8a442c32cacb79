import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_TITLE_LINE } from '../helpers/template-dir.js';
import { makeWorkspace, startPreview, type RunningPreview, type Workspace } from '../helpers/preview-workspace.js';
import { findBinary, skipWithoutBinary } from '../helpers/find-binary.js';

const executable = findBinary('chromium', 'chromium-browser');
const skip = skipWithoutBinary(executable, 'chromium');
// Waits are for events and selectors, never for a fixed time; this only bounds a hang.
const WAIT = { timeout: 30_000 };

describe.skipIf(skip)('the live preview in Chromium', () => {
  let browser: Browser;
  let ws: Workspace;
  let p: RunningPreview;
  let page: Page;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    ws = await makeWorkspace({ maxStories: 3 });
    p = await startPreview(ws);
    browser = await chromium.launch({
      executablePath: executable!,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Only the preview itself answers; images in the mail point elsewhere and stay offline.
    await page.route('**/*', (route) => (new URL(route.request().url()).host === new URL(p.server.url).host ? route.continue() : route.abort()));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(p.server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await p?.close();
    await ws?.remove();
  });

  const frame = () => page.frameLocator('#mail');
  const pickedTitles = () => p.server.session.state.articles.filter((a) => a.verdict === 'picked').map((a) => a.title);

  it('loads the next edition in the frame, with its size against the clipping limit', async () => {
    await page.waitForSelector('body[data-frame*="/mail.html"]', WAIT);
    await expect.poll(() => frame().locator('body').innerText(), WAIT).toContain(pickedTitles()[0]!);
    await expect.poll(() => page.locator('#size-text').innerText(), WAIT).toMatch(/^\d+\.\d KB of 102\.0 KB$/);
    expect(await page.title()).toContain('Preview');
  });

  it('toggles mobile and desktop width', async () => {
    await page.click('#width-mobile');
    await expect.poll(async () => (await page.locator('#mail').boundingBox())?.width, WAIT).toBe(375);
    expect(await page.getAttribute('#width-mobile', 'aria-pressed')).toBe('true');
    await page.click('#width-desktop');
    await expect.poll(async () => (await page.locator('#mail').boundingBox())?.width ?? 0, WAIT).toBeGreaterThan(600);
  });

  it('toggles dark mode: the mail shows its dark colours, and back', async () => {
    const background = () =>
      frame()
        .locator('body')
        .evaluate((b) => getComputedStyle(b).backgroundColor);
    const light = await background();
    await page.click('#toggle-dark');
    await page.waitForSelector('body[data-frame*="scheme=dark"]', WAIT);
    await expect.poll(background, WAIT).toBe('rgb(22, 20, 15)');
    await page.click('#toggle-dark');
    await page.waitForSelector('body[data-frame*="scheme=light"]', WAIT);
    await expect.poll(background, WAIT).toBe(light);
  });

  it('toggles the plain-text part', async () => {
    await page.click('#toggle-text');
    await page.waitForSelector('#text', { state: 'visible', ...WAIT });
    expect(await page.isHidden('#mail')).toBe(true);
    const text = await page.locator('#text').innerText();
    expect(text).toContain(pickedTitles()[0]!);
    expect(text.trimEnd()).toBe(p.server.session.state.mail!.text.trimEnd());
    await page.click('#toggle-text');
    await page.waitForSelector('#mail', { state: 'visible', ...WAIT });
  });

  it('toggles the headers, articles and feeds panels', async () => {
    await page.click('#toggle-headers');
    await page.waitForSelector('#panel-headers', { state: 'visible', ...WAIT });
    expect(await page.locator('#headers').innerText()).toMatch(/List-Unsubscribe-Post\s+List-Unsubscribe=One-Click/);

    await page.click('#toggle-articles');
    await page.waitForSelector('#panel-articles', { state: 'visible', ...WAIT });
    expect(await page.locator('#articles > li').count()).toBe(p.server.session.state.articles.length);
    expect(await page.locator('#articles > li[data-verdict="picked"]').count()).toBe(3);
    expect(await page.locator('#articles > li[data-verdict="below-cutoff"]').first().innerText()).toMatch(
      /not picked: maxStories 3 was reached before the turn of story \d+ of /,
    );
    // Three feeds, three places: one story each, and the score's parts shown.
    expect(new Set(p.server.session.state.articles.filter((a) => a.verdict === 'picked').map((a) => a.feeds[0])).size).toBe(3);
    expect(await page.locator('#articles .parts').first().innerText()).toMatch(/^position \d\.\d\d · sources \d\.\d\d · freshness/);
    expect(await page.locator('#articles .quotes').first().innerText()).toMatch(/“.+” — /);
    expect(await page.locator('#articles .figures').count()).toBeGreaterThan(0);

    await page.click('#toggle-feeds');
    await page.waitForSelector('#panel-feeds', { state: 'visible', ...WAIT });
    expect(await page.locator('#feeds tbody tr[data-status="ok"]').count()).toBe(3);

    await page.click('#toggle-headers');
    await page.click('#toggle-articles');
    await page.click('#toggle-feeds');
    await page.waitForSelector('#panels', { state: 'hidden', ...WAIT });
  });

  it('shows a SpamAssassin score when it is installed', { timeout: 180_000 }, async () => {
    await expect.poll(() => page.locator('#spam').innerText(), { timeout: 150_000 }).toMatch(/^SpamAssassin (-?\d+\.\d \/ \d+\.\d|: not installed)$/);
  });

  it('an edit of a template in the watched folder reloads the page with the change', async () => {
    const file = path.join(ws.templatesDir, 'partials/header.mjml');
    const old = await readFile(file, 'utf8');
    await writeFile(file, old.replace('{{list.name}}</h1>', '{{list.name}} · Live edit one</h1>'));
    await expect.poll(() => frame().locator('h1').first().innerText(), WAIT).toContain('Live edit one');
    await writeFile(file, old);
    await expect.poll(() => frame().locator('h1').first().innerText(), WAIT).not.toContain('Live edit one');
  });

  it('a language file that lacks labels is named in a note above the mail, which goes once the file is whole', async () => {
    expect(await page.locator('#label-gaps').isHidden()).toBe(true);
    const file = path.join(ws.templatesDir, 'i18n/fr.json');
    const whole = await readFile(file, 'utf8');
    const partial = JSON.parse(whole) as { labels: Record<string, unknown>; pages: Record<string, unknown> };
    delete partial.labels['webVersion'];
    delete partial.pages['homeLink'];
    await writeFile(file, JSON.stringify(partial));
    await page.waitForSelector('#label-gaps', { state: 'visible', ...WAIT });
    expect(await page.locator('#label-gaps').innerText()).toBe('i18n/fr.json lacks 2 labels, shown in English: labels.webVersion, pages.homeLink');
    await writeFile(file, whole);
    await page.waitForSelector('#label-gaps', { state: 'hidden', ...WAIT });
  });

  it('a broken template shows the overlay with file, line and message; the fixed one clears it', async () => {
    const file = path.join(ws.templatesDir, 'partials/story.mjml');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('{{title}}</a>', '{{title</a>'));
    await page.waitForSelector('#overlay', { state: 'visible', ...WAIT });
    expect(await page.locator('#overlay-title').innerText()).toBe('Template error');
    expect(await page.locator('#overlay-where').innerText()).toBe(`${path.join('templates', 'partials', 'story.mjml')}:${STORY_TITLE_LINE}`);
    expect(await page.locator('#overlay-message').innerText()).toMatch(/^Handlebars: /);

    await writeFile(file, good.replace('{{title}}</a>', '{{title}} (fixed)</a>'));
    await page.waitForSelector('#overlay', { state: 'hidden', ...WAIT });
    await expect.poll(() => frame().locator('body').innerText(), WAIT).toContain(`${pickedTitles()[0]!} (fixed)`);
  });

  it('"Send a test to me" sends the preview to the address typed, through the configured transport (here the outbox)', async () => {
    await page.fill('#send-to', 'editor@example.org');
    await page.click('#send-form button[type=submit]');
    await expect.poll(() => page.locator('#status').innerText(), WAIT).toMatch(/^Test sent to editor@example\.org: .*\.eml$/);
    const file = (await page.locator('#status').innerText()).replace(/^Test sent to editor@example\.org: /, '');
    const eml = await readFile(file, 'utf8');
    expect(path.dirname(file)).toBe(path.join(ws.dir, 'outbox'));
    expect(eml).toMatch(/^To: editor@example\.org\r?$/m);
    expect(eml).toMatch(/^Subject: \[test\] /m);
  });

  it('broke no rule of its own Content-Security-Policy', () => {
    expect(cspViolations).toEqual([]);
  });
});
