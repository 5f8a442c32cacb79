import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';
import { loadFixture } from '../helpers/load-fixture.js';

describe('summarizeArticle', () => {
  it('uses the declared language over detection, regional tags included', () => {
    const { text } = loadFixture('article-en.txt');
    expect(summarizeArticle(text, { lang: 'en-GB' }).lang).toBe('en');
    const id = loadFixture('article-id.txt');
    expect(summarizeArticle(id.text, { lang: 'id-ID' }).lang).toBe('id');
  });

  it('detects the language when none or an unsupported one is declared', () => {
    const { text } = loadFixture('article-id.txt');
    expect(summarizeArticle(text).lang).toBe('id');
    expect(summarizeArticle(text, { lang: 'ko' }).lang).toBe('id');
    expect(summarizeArticle(text, { lang: null }).lang).toBe('id');
  });

  it('returns the given title, or null', () => {
    expect(summarizeArticle('Some text here for the article body.', { title: '  A title  ' }).title).toBe('A title');
    expect(summarizeArticle('Some text here for the article body.').title).toBeNull();
  });

  it('handles an empty body', () => {
    expect(summarizeArticle('', { lang: 'en' })).toEqual({ lang: 'en', title: null, gist: [], quotes: [], figures: [] });
  });

  it('is pure: the same input gives the same output', () => {
    const { title, text } = loadFixture('article-fr.txt');
    expect(summarizeArticle(text, { title })).toEqual(summarizeArticle(text, { title }));
  });
});
