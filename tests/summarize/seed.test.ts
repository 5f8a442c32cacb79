import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';
import { skipWhenMissing } from '../helpers/required-input.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedPath = path.resolve(repoRoot, '../shared/seeds/000_4e6f8f4c233ee683.txt');
const skip = skipWhenMissing(existsSync(seedPath) ? null : `the seed worked example ${seedPath} is absent`);

describe.skipIf(skip)('the seed article (Nato, North Korean troops, Indonesian)', () => {
  const raw = readFileSync(seedPath, 'utf8');
  const nl = raw.indexOf('\n');
  const summary = summarizeArticle(raw.slice(nl + 1), { title: raw.slice(0, nl) });
  const keyQuotes = summary.quotes.filter((q) => q.key);

  it('is detected as Indonesian and keeps the title', () => {
    expect(summary.lang).toBe('id');
    expect(summary.title).toBe('NATO mengatakan pasukan Korea Utara di Rusia mengancam keamanan Eropa.');
  });

  it('credits the three Rutte statements to Mark Rutte, including the one said through "katanya"; his first is the key one', () => {
    for (const start of ['Saya dapat mengkonfirmasi', 'Kerja sama militer', 'Penempatan pasukan Korea Utara di Kursk']) {
      const quote = summary.quotes.find((q) => q.text.startsWith(start));
      expect(quote, start).toBeDefined();
      expect(quote!.speaker).toBe('Mark Rutte');
    }
    // An editor keeps a speaker's first statement; his continuations are not key.
    expect(keyQuotes.map((q) => q.text.slice(0, 25))).toEqual(['Saya dapat mengkonfirmasi']);
  });

  it('keeps "zona konflik" as a quote but never a key one', () => {
    const zona = summary.quotes.find((q) => q.text === 'zona konflik');
    expect(zona?.key).toBe(false);
  });

  it('finds the casualty, troop and distance figures', () => {
    const byValue = (v: number) => summary.figures.find((f) => f.value === v);
    expect(byValue(600000)).toMatchObject({ approx: 'over', key: true, counts: 'tentara Rusia telah tewas atau terluka' });
    expect(byValue(650000)).toMatchObject({ approx: 'over', key: true });
    expect(byValue(600000)!.text).toContain('tentara Rusia');
    expect(byValue(50000)!.text).toContain('tentara Rusia');
    expect(byValue(7)).toMatchObject({ unit: 'km', approx: null, counts: 'dari kota strategis Pokrovsk' });
    expect(byValue(40)).toMatchObject({ unit: 'km' });
    expect(summary.figures.some((f) => f.value === 2022 || f.value === 27 || f.value === 28)).toBe(false);
  });

  it('lets no junk line into the gist, quotes or figures', () => {
    const everything = [...summary.gist, ...summary.quotes.map((q) => q.text), ...summary.figures.map((f) => f.text)].join('\n');
    expect(everything).not.toMatch(/Unlock newsletter|MEMBACA|puasa intermiten/);
    expect(summary.gist.length).toBeGreaterThanOrEqual(1);
    expect(summary.gist.length).toBeLessThanOrEqual(3);
  });

  it('returns exactly the contract keys', () => {
    expect(Object.keys(summary).sort()).toEqual(['figures', 'gist', 'lang', 'quotes', 'title']);
    for (const q of summary.quotes) expect(Object.keys(q).sort()).toEqual(['key', 'speaker', 'text']);
    for (const f of summary.figures) expect(Object.keys(f).sort()).toEqual(['approx', 'counts', 'key', 'text', 'unit', 'value']);
  });
});
