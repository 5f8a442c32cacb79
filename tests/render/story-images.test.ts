import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/domain/digest.js';
import { createRenderer } from '../../src/render/index.js';
import type { RenderContext, Renderer } from '../../src/render/index.js';
import { findBinary, skipWithoutBinary } from '../helpers/find-binary.js';
import { context, morningBrief, reader } from './fixtures/morning-brief.js';
import { templatesDir } from '../helpers/template-dir.js';

const artifacts = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'), 'test-artifacts', 'render');
const executable = findBinary('chromium', 'chromium-browser');
const skip = skipWithoutBinary(executable, 'chromium');
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#4d6a7a"/></svg>';

// Every story gets a picture: https ones to show, and an http: and a data: one that must never reach the mail.
const pictures = [
  'https://img.example.org/lead.jpg',
  'http://img.example.org/insecure.jpg',
  'https://img.example.org/second.jpg',
  'data:image/png;base64,iVBORw0KGgo=',
  'https://img.example.org/fourth.jpg',
];
let n = 0;
const illustrated: Digest = {
  ...morningBrief,
  sections: morningBrief.sections.map((s) => ({ ...s, stories: s.stories.map((story) => ({ ...story, image: pictures[n++ % pictures.length] ?? null })) })),
};

const secure = illustrated.sections.flatMap((s) => s.stories).filter((s) => s.image?.startsWith('https:'));

let renderer: Renderer;
beforeAll(async () => {
  renderer = await createRenderer({ templatesDir, validation: 'strict' });
});

async function mail(images: RenderContext['images']) {
  return (await renderer.renderEdition(illustrated, { ...context, images })).personalize(reader(1));
}

function imgs(html: string) {
  return [...new JSDOM(html).window.document.images].map((i) => ({
    src: i.getAttribute('src'),
    alt: i.getAttribute('alt'),
    width: i.getAttribute('width'),
    height: i.getAttribute('height'),
  }));
}

describe('story pictures in the mail', () => {
  it('shows the top story large and the others as thumbnails, https only, sized, with the title as alt', async () => {
    const m = await mail('all');
    const shown = imgs(m.html);
    expect(secure.length).toBeGreaterThan(1);
    expect(shown.map((i) => i.src)).toEqual(secure.map((s) => s.image));
    expect(shown.map((i) => i.alt)).toEqual(secure.map((s) => s.title));
    expect(shown[0]).toMatchObject({ width: '552', height: '311' });
    expect(shown.slice(1).every((i) => i.width === '160' && i.height === '90')).toBe(true);
    expect(m.html).not.toMatch(/<img[^>]+src="(http:|data:)/);
    // The text part never points at a picture.
    for (const p of pictures) expect(m.text).not.toContain(p);
  });

  it('shows only the top story picture with images: lead, and none with images: none', async () => {
    expect(imgs((await mail('lead')).html).map((i) => i.src)).toEqual(['https://img.example.org/lead.jpg']);
    expect(imgs((await mail('none')).html)).toEqual([]);
  });

  it('counts the pictures in the size budget', async () => {
    const withImages = await renderer.renderEdition(illustrated, { ...context, images: 'all' });
    const without = await renderer.renderEdition(illustrated, { ...context, images: 'none' });
    expect(withImages.htmlBytes).toBeGreaterThan(without.htmlBytes);
  });
});

describe.skipIf(skip)('story pictures in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true });
    browser = await chromium.launch({ executablePath: executable!, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const images of ['all', 'none'] as const) {
    for (const width of [375, 800]) {
      it(`images: ${images} at ${width} px fits the screen, pictures inside their cards`, async () => {
        const m = await mail(images);
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.route('**/*', (route) =>
          route.request().resourceType() === 'image' ? route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PICTURE }) : route.abort(),
        );
        await page.setContent(m.html, { waitUntil: 'load' });
        const r = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          boxes: [...document.images].map((i) => {
            const b = i.getBoundingClientRect();
            const card = i.closest('.nd-card')!.getBoundingClientRect();
            return { w: Math.round(b.width), h: Math.round(b.height), inside: b.left >= card.left - 0.5 && b.right <= card.right + 0.5 };
          }),
        }));
        await page.screenshot({ path: path.join(artifacts, `story-images-${images}-${width}.png`), fullPage: true });
        await page.close();
        expect(r.scrollWidth).toBeLessThanOrEqual(r.innerWidth);
        expect(r.boxes.every((b) => b.inside)).toBe(true);
        // The served picture is 3:2: a narrow screen must not squeeze it.
        expect(r.boxes.every((b) => Math.abs(b.w / b.h - 1.5) < 0.05)).toBe(true);
        if (images === 'none') expect(r.boxes).toEqual([]);
        else expect(r.boxes.length).toBe(secure.length);
      });
    }
  }
});
