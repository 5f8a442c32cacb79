import { describe, expect, it } from 'vitest';
import { pageTags } from '../../src/extract/page-tags.js';
import { parseDocument } from '../../src/extract/parse-document.js';

describe('pageTags', () => {
  const doc = parseDocument(
    '<html><head><title>Harbour reopens | Coast News</title>' +
      '<meta property="og:title" content="Harbour reopens"><meta property="og:title" content="A second one">' +
      '<meta name="Language" content="nl"><meta property="OG:URL" content="https://example.test/upper">' +
      '<link rel="stylesheet" href="/s.css"><link rel="Canonical" href="https://example.test/harbour">' +
      '</head><body><h1>Harbour reopens</h1><h1>Later heading</h1><meta property="og:image" content="/pic.jpg"></body></html>',
  );
  const tags = pageTags(doc);

  it('gives the first <meta> of a name, anywhere in the page, as a selector would', () => {
    expect(tags.meta('property', 'og:title')).toBe('Harbour reopens');
    expect(tags.meta('property', 'og:image')).toBe('/pic.jpg');
    expect(tags.meta('property', 'twitter:image')).toBeNull();
  });

  it('compares values with case only when asked to ignore it', () => {
    expect(tags.meta('property', 'og:url')).toBeNull();
    expect(tags.meta('name', 'language')).toBeNull();
    expect(tags.meta('name', 'language', true)).toBe('nl');
  });

  it('finds the canonical link, the title and the first h1', () => {
    expect(tags.canonical).toBe('https://example.test/harbour');
    expect(tags.title?.textContent).toBe('Harbour reopens | Coast News');
    expect(tags.h1?.textContent).toBe('Harbour reopens');
  });
});
