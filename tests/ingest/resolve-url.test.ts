import { describe, expect, it } from 'vitest';
import { resolveUrl } from '../../src/ingest/resolve-url.js';

describe('resolveUrl', () => {
  it.each([
    ['/a/b?x=1#f', 'https://site.example/dir/page', 'https://site.example/a/b?x=1#f'],
    ['c.html', 'https://site.example/dir/page', 'https://site.example/dir/c.html'],
    ['//cdn.example/i.png', 'https://site.example/', 'https://cdn.example/i.png'],
    ['https://other.example/x/../y', 'https://site.example/', 'https://other.example/y'],
    ['https://other.example/x/./y', 'https://site.example/', 'https://other.example/x/y'],
    ['https://other.example/x y', 'https://site.example/', 'https://other.example/x%20y'],
    ['  https://other.example/kept?a=1&b=2  ', 'https://site.example/', 'https://other.example/kept?a=1&b=2'],
    ['', 'https://site.example/base/', 'https://site.example/base/'],
    ['relative/only', null, 'relative/only'],
  ])('%j against %s', (href, base, expected) => {
    expect(resolveUrl(href, base)).toBe(expected);
  });

  it('is null for no href', () => {
    expect(resolveUrl(null, 'https://site.example/')).toBeNull();
  });
});
