import { describe, expect, it } from 'vitest';
import { cleanText, truncate } from '../../src/render/clean-text.js';
import { formatFigure } from '../../src/render/index.js';
import { linkToPassage, safeUrl } from '../../src/render/safe-url.js';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatFigure', () => {
  it.each([
    [600000, 'troops', 'id', '600 rb', '600.000 troops'],
    [600000, 'troops', 'en', '600K', '600,000 troops'],
    [2.5e6, 'people', 'en', '2.5M', '2.5 million people'],
    [5e12, 'IDR', 'id', 'Rp 5 T', 'Rp 5 triliun'],
    [1.2e9, 'USD', 'en', '$1.2B', '$1.2 billion'],
    [2.5e9, 'EUR', 'de', '2,5 Mrd. €', '2,5 Milliarden €'],
    [2.5e9, 'MYR', 'ms', 'RM 2.5B', 'RM 2.5 bilion'],
    [3e9, 'EUR', 'it', '3 Mld €', '3 miliardi €'],
    [600000, 'tentara', 'id', '600 rb', '600.000 tentara'],
    [3.5e6, 'rumah', 'id', '3,5 jt', '3,5 juta rumah'],
    [3.5, '%', 'en', '3.5%', '3.5%'],
    [3.5, '%', 'id', '3,5%', '3,5%'],
    [42, 'km', 'id', '42 km', '42 km'],
    [1234.5, null, 'id', '1.234,5', '1.234,5'],
    [0.1 + 0.2, null, 'en', '0.3', '0.3'],
  ] as const)('%d %s in %s -> %s / %s', (value, unit, locale, display, long) => {
    const f = formatFigure({ value, unit }, locale);
    expect(nbsp(f.display)).toBe(display);
    expect(nbsp(f.long)).toBe(long);
  });
});

describe('safeUrl and linkToPassage', () => {
  it('keeps absolute http, https and mailto links and drops the rest', () => {
    expect(safeUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeUrl('mailto:x@example.org')).toBe('mailto:x@example.org');
    expect(safeUrl('https://exa\r\nmple.org/')).toBe('https://example.org/');
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', '/relative', 'vbscript:x', '', null]) expect(safeUrl(bad)).toBeNull();
  });

  it('anchors a text fragment on the first and last words, escaping the reserved characters', () => {
    expect(linkToPassage('https://example.org/a', 'one-two, three & four five six seven eight nine')).toBe(
      'https://example.org/a#:~:text=one%2Dtwo%2C%20three%20%26%20four,six%20seven%20eight%20nine',
    );
    expect(linkToPassage('https://example.org/a', 'short quote')).toBe('https://example.org/a#:~:text=short%20quote');
    expect(linkToPassage('https://example.org/a#top', 'short quote')).toBe('https://example.org/a#top');
  });
});

describe('cleanText and truncate', () => {
  it('makes feed text one plain line', () => {
    expect(cleanText('  <p>Hello&nbsp;<b>world</b></p>\r\n\tagain &amp; &lt;again&gt; ')).toBe('Hello world again & <again>');
    expect(cleanText('a\u0000b\u2028c')).toBe('a b c');
    expect(cleanText(null)).toBe('');
  });

  it('leaves text that is one plain line already as it is, and cleans any that is not', () => {
    expect(cleanText('Reader 42 Ümit')).toBe('Reader 42 Ümit');
    for (const [raw, clean] of [
      ['a  b', 'a b'],
      [' a', 'a'],
      ['a ', 'a'],
      ['a\u00a0b', 'a b'],
      ['a\tb', 'a b'],
      ['a\u0007b', 'a b'],
      ['a &amp; b', 'a & b'],
      ['a <i>b</i>', 'a b'],
      ['a\u2029b', 'a b'],
    ])
      expect(cleanText(raw), JSON.stringify(raw)).toBe(clean);
  });

  it('cuts at a word with an ellipsis', () => {
    expect(truncate('The quick brown fox jumps', 16)).toBe('The quick brown…');
    expect(truncate('short', 16)).toBe('short');
  });
});
