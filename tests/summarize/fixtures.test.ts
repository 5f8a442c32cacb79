import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';
import { loadFixture } from '../helpers/load-fixture.js';

/** One whole article per language: the key quotes' speakers, the figures (the first one the headline amount, key). */
const expected: Record<string, { speakers: string[]; figures: [number, string][] }> = {
  en: {
    speakers: ['Jane Whitfield'],
    figures: [
      [12000, 'people'],
      [1.2e9, 'USD'],
      [40, '%'],
    ],
  },
  id: {
    speakers: ['Sri Mulyani Indrawati'],
    figures: [
      [5e12, 'IDR'],
      [3.5, '%'],
      [2e7, 'keluarga'],
    ],
  },
  ms: {
    speakers: ['Anwar Ibrahim'],
    figures: [
      [421e9, 'MYR'],
      [4000, 'sekolah'],
      [3.2, '%'],
    ],
  },
  de: {
    speakers: ['Christian Lindner'],
    figures: [
      [2.5e9, 'EUR'],
      [3.2, '%'],
      [600000, 'Arbeitsplätze'],
    ],
  },
  fr: {
    speakers: ['Michel Barnier'],
    figures: [
      [4e10, 'EUR'],
      [7.5, '%'],
      [600000, 'emplois'],
      [50, 'km'],
    ],
  },
  es: {
    speakers: ['Pedro Sánchez'],
    figures: [
      [2.5e9, 'EUR'],
      [1200, 'personas'],
      [11.3, '%'],
      [3e9, 'USD'],
    ],
  },
  pt: {
    speakers: ['Luís Montenegro'],
    figures: [
      [5.5e9, 'EUR'],
      [150000, 'famílias'],
      [2.1, '%'],
    ],
  },
  it: {
    speakers: ['Giorgia Meloni'],
    figures: [
      [3e10, 'EUR'],
      [2000, 'imprese'],
      [6.1, '%'],
    ],
  },
  nl: {
    speakers: ['Dick Schoof'],
    figures: [
      [2.5e9, 'EUR'],
      [40000, 'militairen'],
      [3.1, '%'],
    ],
  },
};

describe('whole articles in every supported language', () => {
  for (const [lang, want] of Object.entries(expected)) {
    it(`${lang}: key quotes with speakers and key figures`, () => {
      const { title, text } = loadFixture(`article-${lang}.txt`);
      const summary = summarizeArticle(text, { title });
      expect(summary.lang).toBe(lang);
      const keySpeakers = new Set(summary.quotes.filter((q) => q.key).map((q) => q.speaker));
      for (const s of want.speakers) expect(keySpeakers, s).toContain(s);
      // The headline amount is key; the others are found; an editor boxes two to four.
      const all = summary.figures.map((f) => [f.value, f.unit]);
      const key = summary.figures.filter((f) => f.key).map((f) => [f.value, f.unit]);
      expect(key, 'headline amount').toContainEqual(want.figures[0]);
      for (const f of want.figures) expect(all, JSON.stringify(f)).toContainEqual(f);
      expect(key.length).toBeGreaterThanOrEqual(2);
      expect(key.length).toBeLessThanOrEqual(4);
      for (const q of summary.quotes) expect(q.text).not.toMatch(/^\s|\s$/);
    });
  }

  it('en: names of works are left out and junk never appears', () => {
    const { title, text } = loadFixture('article-en.txt');
    const summary = summarizeArticle(text, { title });
    const all = JSON.stringify(summary);
    expect(all).not.toContain('Gone With the Wind');
    expect(all).not.toContain('The Coastal Times');
    expect(all).not.toContain('prepare for a hurricane');
    expect(summary.figures.map((f) => f.value)).not.toContain(2024);
  });
});
