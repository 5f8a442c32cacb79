import { describe, expect, it } from 'vitest';
import { languagePack } from '../../src/lang/index.js';
import { buildDocument } from '../../src/summarize/document.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { splitSentences } from '../../src/summarize/split-sentences.js';
import { summarizeArticle } from '../../src/summarize/index.js';
import { loadFixture } from './load-fixture.js';

const sentences = (text: string, lang: string) =>
  splitSentences(buildDocument(text, lang), lexiconFor(languagePack(lang)!)).map((s) => s.text);

describe('sentence splitting', () => {
  it('does not split after abbreviations or initials', () => {
    expect(sentences('Dr. Smith met Mr. J. Brown in the U.S. on Monday. They talked.', 'en')).toEqual([
      'Dr. Smith met Mr. J. Brown in the U.S. on Monday.',
      'They talked.',
    ]);
    expect(sentences('Prof. Dr. Budi bertemu Tn. Andi. Mereka berbicara.', 'id')).toEqual([
      'Prof. Dr. Budi bertemu Tn. Andi.',
      'Mereka berbicara.',
    ]);
  });

  it('keeps a quote and its attribution in one sentence', () => {
    expect(sentences('“We are ready. We have waited long enough,” she said. Then she left.', 'en')).toEqual([
      '“We are ready. We have waited long enough,” she said.',
      'Then she left.',
    ]);
  });

  it('never joins two paragraphs', () => {
    expect(sentences('First paragraph without a stop\n\nSecond paragraph.', 'en')).toEqual([
      'First paragraph without a stop',
      'Second paragraph.',
    ]);
  });
});

describe('gist', () => {
  for (const lang of ['en', 'id', 'ms', 'de', 'fr', 'es', 'pt', 'it', 'nl']) {
    it(`is one to three sentences of the ${lang} article, in its order and language`, () => {
      const { title, text } = loadFixture(`article-${lang}.txt`);
      const { gist, lang: detected } = summarizeArticle(text, { title });
      expect(detected).toBe(lang);
      expect(gist.length).toBeGreaterThanOrEqual(1);
      expect(gist.length).toBeLessThanOrEqual(3);
      const positions = gist.map((s) => text.replace(/\s+/g, ' ').indexOf(s));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });
  }

  it('leaves junk lines out', () => {
    const text = [
      'BACA JUGA: Harga BBM naik mulai pekan depan dan antrean panjang terjadi',
      'Pemerintah menambah anggaran subsidi energi sebesar Rp 5 triliun tahun depan untuk menjaga harga.',
      'Unlock newsletter US Election Countdown secara gratis',
    ].join('\n\n');
    const { gist } = summarizeArticle(text, { lang: 'id' });
    expect(gist).toEqual(['Pemerintah menambah anggaran subsidi energi sebesar Rp 5 triliun tahun depan untuk menjaga harga.']);
  });

  it('prefers reported sentences to quoted ones', () => {
    const text = [
      'The city council approved a new budget of $40 million for road repairs on Tuesday evening.',
      '“This is the best budget we have passed in a decade,” said Mayor Tom Hale after the vote.',
    ].join('\n\n');
    expect(summarizeArticle(text, { lang: 'en' }).gist).toEqual([
      'The city council approved a new budget of $40 million for road repairs on Tuesday evening.',
    ]);
  });
});
