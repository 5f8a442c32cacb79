import { describe, expect, it } from 'vitest';
import { languagePack } from '../../src/lang/index.js';
import { buildDocument } from '../../src/summarize/document.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { splitSentences } from '../../src/summarize/split-sentences.js';
import { summarizeArticle } from '../../src/summarize/index.js';
import { loadFixture } from '../helpers/load-fixture.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '../../src/index.js';
import { itemText } from '../../src/pipeline/index.js';

const sentences = (text: string, lang: string) => splitSentences(buildDocument(text, lang), lexiconFor(languagePack(lang)!)).map((s) => s.text);

describe('sentence splitting', () => {
  it('does not split after abbreviations or initials', () => {
    expect(sentences('Dr. Smith met Mr. J. Brown in the U.S. on Monday. They talked.', 'en')).toEqual([
      'Dr. Smith met Mr. J. Brown in the U.S. on Monday.',
      'They talked.',
    ]);
    expect(sentences('Prof. Dr. Budi bertemu Tn. Andi. Mereka berbicara.', 'id')).toEqual(['Prof. Dr. Budi bertemu Tn. Andi.', 'Mereka berbicara.']);
  });

  it('keeps a quote and its attribution in one sentence', () => {
    expect(sentences('“We are ready. We have waited long enough,” she said. Then she left.', 'en')).toEqual([
      '“We are ready. We have waited long enough,” she said.',
      'Then she left.',
    ]);
  });

  it('never joins two paragraphs', () => {
    expect(sentences('First paragraph without a stop\n\nSecond paragraph.', 'en')).toEqual(['First paragraph without a stop', 'Second paragraph.']);
  });
});

describe('gist', () => {
  for (const lang of ['en', 'id', 'ms', 'de', 'fr', 'es', 'pt', 'it', 'nl']) {
    it(`is one or two sentences of the ${lang} article, at most 45 words, in its order and language`, () => {
      const { title, text } = loadFixture(`article-${lang}.txt`);
      const { gist, lang: detected } = summarizeArticle(text, { title });
      expect(detected).toBe(lang);
      expect(gist.length).toBeGreaterThanOrEqual(1);
      expect(gist.length).toBeLessThanOrEqual(2);
      expect(gist.join(' ').split(/\s+/).length).toBeLessThanOrEqual(45);
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

  it.each([
    [
      'ms',
      'BACA: Harga ayam naik 20 peratus menjelang musim perayaan',
      'Kerajaan memperuntukkan RM5 juta untuk membantu 3,000 peniaga kecil di seluruh negeri.',
    ],
    [
      'ms',
      'BACA JUGA: Banjir di Kelantan memaksa 8,000 mangsa berpindah',
      'Kerajaan memperuntukkan RM5 juta untuk membantu 3,000 peniaga kecil di seluruh negeri.',
    ],
  ])('%s: a link to another story gives no gist line and no figure (%s)', (lang, junk, body) => {
    const summary = summarizeArticle([junk, body].join('\n\n'), { lang });
    expect(summary.gist).toEqual([body]);
    expect(summary.figures.map((f) => f.text).join(' ')).not.toMatch(/20 peratus|8,000/);
  });

  it('prefers reported sentences to quoted ones', () => {
    const text = [
      'The city council approved a new budget of $40 million for road repairs on Tuesday evening.',
      '“This is the best budget we have passed in a decade,” said Mayor Tom Hale after the vote.',
    ].join('\n\n');
    expect(summarizeArticle(text, { lang: 'en' }).gist).toEqual(['The city council approved a new budget of $40 million for road repairs on Tuesday evening.']);
  });
});

describe('gist openings', () => {
  it('drops datelines with a date and an agency, or a colon', () => {
    const en = summarizeArticle('SYDNEY, Nov 25 (AP) — More than 30,000 residents were ordered to leave their homes on Tuesday as a wildfire spread.', {
      lang: 'en',
    });
    expect(en.gist[0]).toMatch(/^More than 30,000 residents/);
    const ms = summarizeArticle('KUALA LUMPUR: Kerajaan memperuntukkan RM2.5 bilion bagi kerja-kerja tebatan banjir di seluruh negara tahun depan.', {
      lang: 'ms',
    });
    expect(ms.gist[0]).toMatch(/^Kerajaan memperuntukkan/);
  });

  it('leaves out a sentence opening on a pronoun, which leans on the one before it', () => {
    const text = [
      'Banjir rob merendam lebih dari 4.000 rumah di tiga kabupaten di pesisir utara Jawa Tengah sejak Sabtu.',
      'Ia menambahkan bahwa penurunan muka tanah di kawasan tersebut mencapai 10 cm per tahun.',
      'Pemerintah provinsi telah menyalurkan bantuan senilai Rp 2,4 miliar berupa makanan dan selimut.',
    ].join('\n\n');
    const gist = summarizeArticle(text, { lang: 'id' }).gist;
    expect(gist.length).toBeGreaterThan(0);
    expect(gist.some((s) => s.startsWith('Ia '))).toBe(false);
  });
});

describe('gist of the demo articles', () => {
  const demo = path.resolve(import.meta.dirname, '../../feeds/demo');
  it('is at most two sentences and 45 words for every demo article, as the README promises', async () => {
    let checked = 0;
    for (const file of readdirSync(demo)) {
      const feed = await parseFeed(readFileSync(path.join(demo, file)), { url: `https://demo.example/${file}` });
      for (const item of feed.items) {
        const { gist } = summarizeArticle(itemText(item), { lang: item.lang ?? feed.lang, title: item.title });
        const words = gist.join(' ').split(/\s+/).filter(Boolean).length;
        expect(gist.length, `${file}: ${item.title}`).toBeGreaterThanOrEqual(1);
        expect(gist.length, `${file}: ${item.title}`).toBeLessThanOrEqual(2);
        expect(words, `${file}: ${item.title}: ${gist.join(' ')}`).toBeLessThanOrEqual(45);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('a lead sentence too long for two lines is cut at a clause and marked', () => {
    const long =
      'The government announced on Tuesday a sweeping package of measures to support households struggling with energy bills, including direct payments, a cap on unit prices for the next two winters, and new rules that require suppliers to offer payment holidays of up to six months to anyone who falls behind with their bills.';
    const { gist } = summarizeArticle(long, { lang: 'en' });
    expect(gist).toHaveLength(1);
    expect(gist[0]!.split(/\s+/).length).toBeLessThanOrEqual(45);
    expect(gist[0]).toMatch(/^The government announced on Tuesday a sweeping package .* …$/);
  });
});
