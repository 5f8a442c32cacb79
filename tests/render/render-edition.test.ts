import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/index.js';
import type { Renderer } from '../../src/render/index.js';
import { context, morningBrief, pagiIni, reader } from './fixtures/morning-brief.js';
import { templatesDir } from '../helpers/template-dir.js';

let renderer: Renderer;
beforeAll(async () => {
  renderer = await createRenderer({ templatesDir, validation: 'strict' });
});

function dom(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('renderEdition', () => {
  it('fills the subject template with the digest name, the story count and the date in the digest time zone', async () => {
    // 20:00 UTC on the 24th is already the 25th in Jakarta.
    const late = { ...morningBrief, createdAt: '2026-11-24T20:00:00.000Z' };
    expect((await renderer.renderEdition(late, context)).subject).toBe('Morning Brief · 4 stories · 25 Nov');
    expect((await renderer.renderEdition({ ...late, timeZone: 'UTC' }, context)).subject).toBe('Morning Brief · 4 stories · 24 Nov');
    expect((await renderer.renderEdition({ ...pagiIni, createdAt: late.createdAt }, context)).subject).toBe('Morning Brief · 4 berita · 25 Nov');
    const one = { ...morningBrief, sections: [{ title: 'World', stories: morningBrief.sections[0]!.stories.slice(0, 1) }] };
    expect((await renderer.renderEdition(one, context)).subject).toBe('Morning Brief · 1 story · 25 Nov');
  });

  it('keeps Handlebars values through MJML, in text and in href attributes', async () => {
    const { html } = (await renderer.renderEdition(morningBrief, context)).personalize(reader(1));
    const doc = dom(html);
    const story = morningBrief.sections[0]!.stories[0]!;
    const titleLink = [...doc.querySelectorAll('h3 a')].find((a) => a.textContent === story.title);
    expect(titleLink?.getAttribute('href')).toBe(story.url);
    expect(doc.querySelector(`a[href="${context.archiveUrl}"]`)).not.toBeNull();
    expect(doc.querySelector('a[href="https://brief.example.org/u/tok-1-unsub"]')?.textContent).toBe('Unsubscribe');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.documentElement.getAttribute('dir')).toBe('ltr');
    expect(html).not.toMatch(/\{\{|\}\}/);
  });

  it('links every quote and figure to its article, at the quoted words', async () => {
    const { html } = (await renderer.renderEdition(morningBrief, context)).personalize(reader(1));
    const doc = dom(html);
    const quote = [...doc.querySelectorAll('a')].find((a) => a.textContent?.includes('We rebuilt it to last'));
    expect(quote?.getAttribute('href')).toBe(
      'https://news.example.org/2026/11/25/harbour-bridge-reopens#:~:text=We%20rebuilt%20it%20to,for%20a%20ribbon%20cutting',
    );
    const figures = [...doc.querySelectorAll('td.nd-figure a')].map((a) => a.getAttribute('href') ?? '');
    expect(figures).toHaveLength(7);
    expect(figures.every((h) => h.startsWith('https://') && h.includes('#:~:text='))).toBe(true);
  });

  it("formats each figure in its article's locale, whatever the digest's language, with ~ only for about and > for a lower bound", async () => {
    const en = dom((await renderer.renderEdition(morningBrief, context)).personalize(reader(1)).html);
    const id = dom((await renderer.renderEdition(pagiIni, context)).personalize(reader(1)).html);
    const boxes = (doc: Document) => [...doc.querySelectorAll('td.nd-figure span:first-child')].map((s) => s.textContent!.replace(/\u00a0/g, ' '));
    const expected = ['~160K', '$1.2B', '3.5%', '$300B', 'Rp 5 T', '>600 rb', '40 RT'];
    expect(boxes(en)).toEqual(expected);
    expect(boxes(id)).toEqual(expected);
  });

  it('shows a story card with title, sources, gist, quotes with speakers and figure captions', async () => {
    const doc = dom((await renderer.renderEdition(morningBrief, context)).personalize(reader(1)).html);
    const text = doc.body.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Example News · Coastal Times');
    expect(text).toContain('The harbour bridge reopened to traffic on Tuesday');
    expect(text).toContain('“Tambahan ini untuk merawat yang sudah ada, bukan membeli yang baru”— Budi Santoso');
    expect(text).toContain('total cost of the repair');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['World', 'Indonesia']);
    expect([...doc.images].map((i) => [i.getAttribute('src'), i.getAttribute('alt')])).toEqual([
      ['https://news.example.org/img/bridge.jpg', 'Harbour bridge reopens after two years of repairs'],
    ]);
  });

  it('links "N more stories" only when compose left stories out', async () => {
    const more = (await renderer.renderEdition({ ...morningBrief, moreCount: 3 }, context)).personalize(reader(1));
    expect(dom(more.html).querySelector(`a[href="${context.moreUrl}"]`)?.textContent?.trim()).toBe('3 more stories on the web');
    expect(more.text).toContain(`3 more stories on the web: ${context.moreUrl}`);
    const none = (await renderer.renderEdition(morningBrief, context)).personalize(reader(1));
    expect(none.html).not.toContain('more stories');
    expect(none.text).not.toContain('more stories');
  });

  it('writes a plain-text part with quotes, speakers and figures laid out for text', async () => {
    const { text } = (await renderer.renderEdition(morningBrief, context)).personalize(reader(3));
    expect(text).not.toMatch(/<[a-z/]/i);
    expect(text).not.toMatch(/&(amp|lt|gt|quot|#x?[0-9a-f]+);/i);
    expect(text).toContain("Hello Reader 3, here are today's 4 stories.");
    expect(text).toContain('  “We rebuilt it to last another hundred years, not to look nice for a ribbon cutting”\n    — Maria Delgado');
    // The figure in its article's locale and words, then what it counts; the counted noun said once.
    const plain = text.replace(/\u00a0/g, ' ');
    expect(plain).toContain('  * about 160,000 — vehicles a day expected by spring\n');
    expect(plain).toContain('  * lebih dari 600.000 — personel TNI\n');
    expect(plain).toContain('  * Rp 5 triliun — tambahan anggaran pertahanan\n');
    expect(plain).toContain('  * $1.2 billion — total cost of the repair\n');
    expect(plain).toContain('  * 40 — RT terendam banjir\n');
    // A caption that only repeats the number is not printed twice.
    const flood = morningBrief.sections[1]!.stories[1]!;
    const terse = {
      ...morningBrief,
      sections: [{ title: 'Indonesia', stories: [{ ...flood, figures: [{ ...flood.figures[0]!, text: '40 RT', counts: '40 RT' }] }] }],
    };
    expect((await renderer.renderEdition(terse, context)).personalize(reader(3)).text).toContain('  * 40 RT\n');
    expect(text).toContain('Read the article: https://news.example.org/2026/11/25/harbour-bridge-reopens');
    expect(text).toContain('Unsubscribe: https://brief.example.org/u/tok-3-unsub');
    expect(text).toContain('Jl. Contoh No. 1, Jakarta 10110, Indonesia');
    expect(text).not.toMatch(/\n{3,}/);
  });

  it('carries the preheader, dark-mode colours and no external CSS, under the 100 KB clipping size', async () => {
    const edition = await renderer.renderEdition(morningBrief, context);
    const { html } = edition.personalize(reader(1));
    expect(edition.preheader).toBe(
      'Harbour bridge reopens after two years of repairs · Climate talks close with a deal on adaptation finance · DPR setujui tambahan anggaran…',
    );
    expect(html).toContain(edition.preheader);
    expect(html).toContain('prefers-color-scheme: dark');
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).not.toMatch(/<link[^>]+stylesheet|@import/i);
    expect(edition.htmlBytes).toBeLessThan(100 * 1024);
    expect(Math.abs(edition.htmlBytes - Buffer.byteLength(html))).toBeLessThan(200);
  });

  it('keeps twelve full stories (image, quotes, three figures) under the 100 KB Gmail clips at', async () => {
    const full = morningBrief.sections[0]!.stories[0]!;
    const stories = Array.from({ length: 12 }, (_, i) => ({ ...full, articleId: `a${i}`, url: `${full.url}-${i}` }));
    const edition = await renderer.renderEdition({ ...morningBrief, sections: [{ title: 'All', stories }] }, context);
    expect(edition.htmlBytes).toBeLessThan(100 * 1024);
    expect(Buffer.byteLength(edition.personalize(reader(1)).html)).toBeLessThan(100 * 1024);
  });

  it('falls back to English labels for a language without its own', async () => {
    // Swedish ships no language file.
    const sv = await renderer.renderEdition({ ...morningBrief, lang: 'sv' }, context);
    expect(sv.subject).toBe('Morning Brief · 4 stories · 25 Nov');
    expect(dom(sv.personalize(reader(1)).html).documentElement.getAttribute('lang')).toBe('sv');
  });

  it('refuses an unknown time zone', async () => {
    await expect(renderer.renderEdition({ ...morningBrief, timeZone: 'Mars/Olympus' }, context)).rejects.toMatchObject({ code: 'INPUT_INVALID' });
  });
});

describe('a story read from the feed teaser only', () => {
  it('says so in both parts; other stories do not', async () => {
    const [first, ...rest] = morningBrief.sections[0]!.stories;
    const digest = { ...morningBrief, sections: [{ title: 'World', stories: [{ ...first!, teaserOnly: true }, ...rest] }] };
    const mail = (await renderer.renderEdition(digest, context)).personalize(reader(1));
    const label = "Only the feed's summary: the full article could not be read.";
    expect(mail.text.split(label)).toHaveLength(2);
    expect(dom(mail.html).body.textContent!.split(label)).toHaveLength(2);
    const plain = (await renderer.renderEdition(morningBrief, context)).personalize(reader(1));
    expect(plain.text).not.toContain(label);
  });
});
