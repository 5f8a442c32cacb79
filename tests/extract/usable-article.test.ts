import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, isUsableArticle } from '../../src/extract/index.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('isUsableArticle', () => {
  it('accepts a full article page', () => {
    expect(isUsableArticle(extractArticle(fixture('en-news.html')))).toBe(true);
    expect(isUsableArticle(extractArticle(fixture('id-news.html')))).toBe(true);
  });

  it('rejects a script-only page', () => {
    expect(isUsableArticle(extractArticle(fixture('script-only.html')))).toBe(false);
  });

  it('rejects a paywall teaser', () => {
    expect(isUsableArticle(extractArticle(fixture('paywall.html')))).toBe(false);
  });

  it('draws the line on the amount of text', () => {
    const article = { title: 't', lang: 'en' };
    expect(isUsableArticle({ ...article, text: words(40) })).toBe(false);
    expect(isUsableArticle({ ...article, text: words(300) })).toBe(true);
  });

  it('counts text in scripts written without spaces', () => {
    const article = { title: 't', lang: 'ja' };
    expect(isUsableArticle({ ...article, text: '東京'.repeat(20) })).toBe(false);
    expect(isUsableArticle({ ...article, text: '東京都の新しい計画について。'.repeat(30) })).toBe(true);
  });
});
