import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';

const page = (head: string) =>
  `<!doctype html><html lang="en"><head><title>Ferry timetable changes</title>${head}</head><body><article><h1>Ferry timetable changes</h1><p>The harbour ferry will run every twenty minutes from Monday, the operator said in a statement on Friday.</p><p>Evening crossings stay hourly until the new boats arrive in spring.</p></article></body></html>`;

describe('extractArticle: the page picture', () => {
  it('takes og:image, resolved against the page', () => {
    const a = extractArticle(page('<meta property="og:image" content="/img/ferry.jpg"><meta name="twitter:image" content="https://cdn.test/t.jpg">'), {
      url: 'https://harbour.test/news/ferry',
    });
    expect(a.image).toBe('https://harbour.test/img/ferry.jpg');
  });

  it('falls back to twitter:image', () => {
    expect(extractArticle(page('<meta name="twitter:image" content="https://cdn.test/t.jpg">'), { url: 'https://harbour.test/n' }).image).toBe(
      'https://cdn.test/t.jpg',
    );
  });

  it('has none when the page names none', () => {
    expect(extractArticle(page(''), { url: 'https://harbour.test/n' }).image).toBeNull();
  });
});
