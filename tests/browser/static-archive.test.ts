import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/main.js';
import { offlinePages, runDigest } from '../../src/pipeline/index.js';
import { article } from '../fixtures/articles.js';
import { findBinary, skipWithoutBinary } from '../helpers/find-binary.js';
import { cli } from '../helpers/run-cli.js';
import { writeTestConfig } from '../helpers/test-config.js';

const executable = findBinary('chromium', 'chromium-browser');
const skip = skipWithoutBinary(executable, 'chromium');
const WAIT = { timeout: 30_000 };

describe.skipIf(skip)('the exported archive in Chromium from file://', () => {
  const { dir, config } = writeTestConfig(['digests:', '  - { key: daily, name: Morning Brief, lang: en }', 'outboxDir: outbox']);
  const env = { DIGEST_SECRET: 'static-archive-secret-0123456789abcdef' };
  const out = mkdtempSync(path.join(tmpdir(), 'nd-static-'));
  let app: App;
  let browser: Browser;

  beforeAll(async () => {
    app = await createApp({ configPath: config, cwd: dir, env });
    await app.services.store.subscribers.add({ email: 'ana@example.org', status: 'confirmed' }, new Date().toISOString());
    const at = new Date().toISOString();
    await app.services.store.articles.add([{ article: article('s1', { published: at }), fingerprint: 'fp-s1', bands: [] }], at);
    await runDigest(app.config.digests[0]!, { ...app.pipeline, fetchPage: offlinePages }, { noFetch: true });
    expect((await cli(['archive', 'export', '--out', out, '--config', config], { env, cwd: dir })).code).toBe(0);
    browser = await chromium.launch({
      executablePath: executable!,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the index is styled, its edition link opens the edition, and the bar leads back', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('Past editions');
    // page.css loaded: the page's own background, not the browser's white.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.getByRole('link', { name: /Morning Brief · / }).click();
    await expect
      .poll(
        () =>
          page
            .getByRole('link', { name: article('s1').title })
            .first()
            .isVisible(),
        WAIT,
      )
      .toBe(true);
    expect(page.url()).toMatch(/^file:\/\/.*\.html$/);
    await page.getByRole('link', { name: 'All editions' }).click();
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe('Past editions');
    expect(failed.filter((u) => u.startsWith('file:'))).toEqual([]);
    await page.close();
  });
});
