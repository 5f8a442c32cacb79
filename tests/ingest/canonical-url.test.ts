import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/ingest/index.js';

describe('canonicalUrl', () => {
  it.each([
    ['https://www.example.com/news/story?utm_source=rss&utm_medium=feed&id=7#comments', 'https://example.com/news/story?id=7'],
    ['http://example.com/news/story/?fbclid=abc&gclid=def', 'https://example.com/news/story'],
    ['https://EXAMPLE.com:443/a?b=2&a=1', 'https://example.com/a?a=1&b=2'],
    ['https://example.com/news/story/amp', 'https://example.com/news/story'],
    ['https://example.com/news/story/amp/', 'https://example.com/news/story'],
    ['https://example.com/amp/news/story', 'https://example.com/news/story'],
    ['https://example.com/news/story.amp.html', 'https://example.com/news/story.html'],
    ['https://amp.example.com/news/story?amp=1', 'https://example.com/news/story'],
    ['https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story', 'https://example.com/news/story'],
    ['https://m.example.com/news/story', 'https://example.com/news/story'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('keeps parameters that select content', () => {
    expect(canonicalUrl('https://example.com/read.php?id=1&page=2')).toBe('https://example.com/read.php?id=1&page=2');
    expect(canonicalUrl('https://example.com/read.php?id=1')).not.toBe(canonicalUrl('https://example.com/read.php?id=2'));
  });

  it('returns what is not an http URL unchanged', () => {
    expect(canonicalUrl(' tag:example.com,2026:1 ')).toBe('tag:example.com,2026:1');
    expect(canonicalUrl('not a url')).toBe('not a url');
  });
});
