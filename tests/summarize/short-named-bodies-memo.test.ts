import { describe, expect, it } from 'vitest';
import { languagePack } from '../../src/lang/index.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { shortNamedBodies, shortNamedBodiesBefore } from '../../src/summarize/short-named-bodies.js';

const lex = lexiconFor(languagePack('id')!);
// Made-up text: a hospital named by its initials and the place after them.
const text = 'Korban dibawa ke RSUD Tanjung Sari pada Senin malam.';
const nobody = (): boolean => false;
const hospital = [{ name: 'RSUD Tanjung Sari', at: 17, short: 'rsud' }];

describe('shortNamedBodies, remembered per article (by its quotes list)', () => {
  it.each([
    ['the same text asked again', nobody, [], hospital],
    ['other quotes', nobody, [{ start: 0, end: text.length }], []],
    ['a person word the article gave since', (w: string): boolean => w === 'RSUD', [], []],
    ['the first question again', nobody, [], hospital],
  ] as const)('reads %s anew where anything asked differs', (_, isPersonWord, quotes, expected) => {
    expect(shortNamedBodies(text, lex, isPersonWord, quotes)).toEqual(expected);
  });

  it("keeps one article's bodies while another is read", () => {
    const quotes: { start: number; end: number }[] = [];
    const first = shortNamedBodies(text, lex, nobody, quotes);
    shortNamedBodies(text.replace('RSUD', 'RSUP'), lex, nobody, []);
    expect(shortNamedBodies(text, lex, nobody, quotes)).toBe(first);
  });

  it('reads another text of its own', () => {
    expect(shortNamedBodies(text.replace('RSUD', 'Rumah Sakit'), lex, nobody, [])).toEqual([]);
  });
});

describe('shortNamedBodiesBefore', () => {
  // Made-up text: two bodies named short, the second with a place after its initials.
  const story = 'Kapolres AKBP Dedi menyebut Polres Bekasi Kota sudah memeriksa saksi. Pasien dirujuk ke RSUD Tanjung Sari, kata petugas PMI-Jakarta dan BPBD.';
  it('finds at every place what reading the text cut there finds', () => {
    for (let at = 0; at <= story.length; at++)
      expect(shortNamedBodiesBefore(story, at, lex, nobody, []), `at ${at}`).toEqual(shortNamedBodies(story.slice(0, at), lex, nobody, []));
  });
});

describe('shortNamedBodies, read where the capitals are', () => {
  // Made-up text: a tail cut at three words, initials after an elided article, initials joined to a word, a no-break space.
  const story = 'Warga melapor ke Polres Metro Bekasi Kota Baru, lalu ke d’RSUD Poso dan relawan PMI-Jakarta serta BPBD\u00a0Sulawesi Tengah.';
  it('finds each body with the words after it, as the whole text tokenized reads them', () => {
    expect(shortNamedBodies(story, lex, nobody, [])).toEqual([
      { name: 'Polres Metro Bekasi Kota', at: 17, short: 'polres' },
      { name: 'RSUD Poso', at: 58, short: 'rsud' },
      { name: 'BPBD Sulawesi Tengah', at: 98, short: 'bpbd' },
    ]);
  });
});
