/**
 * The summaries' development set (bench/quality) is well-formed, and our
 * scorer of it gives 1.0 for the gold against itself and the expected lower
 * numbers for damaged predictions.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DigestError } from '../../src/domain/errors.js';
import type { GoldArticle, PredictedSummary } from '../../bench/quality/gold-schema.js';
import { fullText, loadDevSet } from '../../bench/quality/load-dev-set.js';
import { scoreArticle, scoreSet, speakerIsRight, tokens } from '../../bench/quality/score-summaries.js';

const MIN_ARTICLES = 5;
const MIN_QUOTES = 30;
const set = loadDevSet();
const items = set.articles.map((a) => ({ gold: a.gold, text: fullText(a) }));
const normalised = (s: string): string => ` ${tokens(s).join(' ')} `;

/** The gold itself in the prediction format, `counts` filled in. */
function asPrediction(g: GoldArticle): PredictedSummary {
  return {
    id: g.id,
    quotes: g.quotes.map((q) => ({ text: q.text, speaker: q.speaker, key: q.key })),
    figures: g.figures.map((f) => ({ value: f.value, unit: f.unit, text: f.text, key: f.key, counts: f.counts ?? f.text })),
  };
}

describe('the dev set', () => {
  it('has every gold line valid and its article on disk', () => {
    // loadDevSet validated every line and found every article file, or it would have thrown.
    expect(set.articles.length).toBeGreaterThan(0);
    for (const s of set.skipped) console.log(`skipped ${s.id}: ${s.reason}`);
  });

  it(`has at least ${MIN_ARTICLES} articles and ${MIN_QUOTES} quotes in each language`, () => {
    const byLang = new Map<string, { articles: number; quotes: number }>();
    for (const { gold } of set.articles) {
      const n = byLang.get(gold.lang) ?? { articles: 0, quotes: 0 };
      byLang.set(gold.lang, { articles: n.articles + 1, quotes: n.quotes + gold.quotes.length });
    }
    for (const [lang, n] of byLang) {
      expect(n.articles, lang).toBeGreaterThanOrEqual(MIN_ARTICLES);
      expect(n.quotes, lang).toBeGreaterThanOrEqual(MIN_QUOTES);
    }
  });

  for (const a of set.articles) {
    it(`${a.gold.id}: quotes, figures and junk occur in the text; key items within bounds`, () => {
      const text = fullText(a);
      const id = a.gold.id;
      expect(id.replace(/^s\d+[a-z]?-/, '').startsWith(`${a.gold.lang}-`), id).toBe(true);
      if (!a.gold.corpus) {
        const words = a.body.split(/\s+/).filter(Boolean).length;
        // Short wire items (from 150 words) are news too; the later batches have some.
        expect(words, `${id} words`).toBeGreaterThanOrEqual(150);
        expect(words, `${id} words`).toBeLessThanOrEqual(700);
        expect(a.gold.figures.length, `${id} has figures`).toBeGreaterThan(0);
      }
      for (const q of a.gold.quotes) expect(text.includes(q.text), `${id} quote: ${q.text}`).toBe(true);
      for (const f of a.gold.figures) expect(text.includes(f.text), `${id} figure: ${f.text}`).toBe(true);
      for (const j of a.gold.junk) expect(text.includes(j), `${id} junk: ${j}`).toBe(true);
      const keyQuotes = a.gold.quotes.filter((q) => q.key).length;
      expect(keyQuotes, `${id} key quotes`).toBeGreaterThanOrEqual(1);
      expect(keyQuotes, `${id} key quotes`).toBeLessThanOrEqual(3);
      expect(a.gold.figures.filter((f) => f.key).length, `${id} key figures`).toBeLessThanOrEqual(4);
      // No quote or figure comes from a junk line.
      for (const j of a.gold.junk) {
        for (const q of a.gold.quotes) expect(normalised(q.text).includes(normalised(j)), `${id}: ${q.text}`).toBe(false);
      }
      // Each distinct quantity once: a value with a unit appears only once.
      const seen = new Set(a.gold.figures.map((f) => `${f.value}|${f.unit}`));
      expect(seen.size, `${id} distinct figures`).toBe(a.gold.figures.length);
    });
  }
});

describe('gold lines whose text lives in the article-extraction corpus', () => {
  it('read the body from the ground truth by id, and are skipped with a reason when it is absent', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dev-set-'));
    try {
      mkdirSync(path.join(dir, 'gold'));
      const line = (id: string, corpus: string): string =>
        JSON.stringify({
          id,
          lang: 'en',
          source: 'corpus page',
          corpus,
          quotes: [{ text: 'We are open again', speaker: 'Mara Quill', key: true }],
          figures: [],
          junk: [],
        });
      writeFileSync(path.join(dir, 'gold', 'en.jsonl'), `${line('en-90-reopening', 'page-1')}\n${line('en-91-gone', 'page-2')}\n`);
      const truth = path.join(dir, 'ground-truth.json');
      writeFileSync(truth, JSON.stringify({ 'page-1': { articleBody: '"We are open again," said Mara Quill.', url: 'https://example.org/1' } }));
      const found = loadDevSet({ dir, corpusTruth: truth });
      expect(found.articles.map((a) => [a.gold.id, a.title, a.body])).toEqual([['en-90-reopening', null, '"We are open again," said Mara Quill.']]);
      expect(found.skipped).toEqual([{ id: 'en-91-gone', reason: `corpus id page-2 not in ${truth}` }]);
      const absent = loadDevSet({ dir, corpusTruth: path.join(dir, 'missing.json') });
      expect(absent.articles).toEqual([]);
      expect(absent.skipped.map((s) => s.id)).toEqual(['en-90-reopening', 'en-91-gone']);
      expect(absent.skipped[0]!.reason).toMatch(/no article-extraction corpus/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stop at a gold line that breaks the schema, naming the file and line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dev-set-'));
    try {
      mkdirSync(path.join(dir, 'gold'));
      writeFileSync(
        path.join(dir, 'gold', 'de.jsonl'),
        '{"id":"de-01-x","lang":"de","source":"s","quotes":[{"text":"a","speaker":null,"key":true,"fragment":true}],"figures":[],"junk":[]}\n',
      );
      let error: unknown = null;
      try {
        loadDevSet({ dir });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DigestError);
      expect((error as DigestError).describe()).toMatch(/de\.jsonl:1 quotes\.0: a fragment is never key$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the scorer', () => {
  it('gives 1.0 everywhere for the gold scored against itself', () => {
    const score = scoreSet(items, new Map(items.map(({ gold }) => [gold.id, asPrediction(gold)])));
    for (const m of [...score.perLanguage.values(), score.overall]) {
      expect(m.quoteF1).toBe(1);
      expect(m.speakerAccuracy).toBe(1);
      expect(m.keyQuoteF1).toBe(1);
      expect(m.figureF1).toBe(1);
      expect(m.keyFigureF1).toBe(1);
      expect(m.countsShare).toBe(1);
      expect(m.junkLeaked).toBe(0);
    }
  });

  it('scores a prediction missing every first quote and every first figure, with no speakers and no counts, lower by exactly that much', () => {
    const damaged = new Map(
      items.map(({ gold }) => {
        const p = asPrediction(gold);
        return [
          gold.id,
          { ...p, quotes: p.quotes.slice(1).map((q) => ({ ...q, speaker: null })), figures: p.figures.slice(1).map((f) => ({ ...f, counts: null })) },
        ];
      }),
    );
    const score = scoreSet(items, damaged).overall;
    const goldQuotes = items.reduce((n, { gold }) => n + gold.quotes.length, 0);
    const goldFigures = items.reduce((n, { gold }) => n + gold.figures.length, 0);
    const withQuotes = items.filter(({ gold }) => gold.quotes.length > 0).length;
    const withFigures = items.filter(({ gold }) => gold.figures.length > 0).length;
    const recallQ = (goldQuotes - withQuotes) / goldQuotes;
    const recallF = (goldFigures - withFigures) / goldFigures;
    expect(score.quotePrecision).toBe(1);
    expect(score.quoteRecall).toBeCloseTo(recallQ, 12);
    expect(score.quoteF1).toBeCloseTo((2 * recallQ) / (1 + recallQ), 12);
    expect(score.speakerAccuracy).toBe(0);
    expect(score.figureRecall).toBeCloseTo(recallF, 12);
    expect(score.countsShare).toBe(0);
  });

  it('matches quotes at token-overlap F1 0.8, a joined quote to both parts, speakers by surname or containing run', () => {
    const gold: GoldArticle = {
      id: 'en-00-test',
      lang: 'en',
      source: 'test',
      junk: ['Sign up for our newsletter to get the day in five minutes'],
      quotes: [
        { text: 'We will not raise taxes this year, whatever happens', speaker: 'Carla Ruiz Montero', key: true },
        { text: 'The budget is tight and we know it', speaker: 'Carla Ruiz Montero', key: false },
        { text: 'but it balances in the end', speaker: 'Carla Ruiz Montero', key: false },
        { text: 'Nobody asked us', speaker: 'Union of Teachers', key: true },
      ],
      figures: [
        { value: 3.1, value_max: 3.9, unit: '%', text: '3.1-3.9%', approx: false, key: true },
        { value: 1200, unit: 'teachers', text: '1,200 teachers', approx: false, key: false },
      ],
    };
    const text = 'Sign up for our newsletter to get the day in five minutes';
    const { tally, misses } = scoreArticle(
      gold,
      {
        id: 'en-00-test',
        quotes: [
          // 8 of 9 gold tokens and no extra one: F1 0.94, a match.
          { text: 'We will not raise taxes this year, whatever', speaker: 'Ruiz Montero', key: true },
          { text: 'The budget is tight and we know it, she said, but it balances in the end', speaker: 'Carla', key: false },
          // 2 shared tokens of 3 and 5: F1 0.5, no match.
          { text: 'Nobody asked them at all', speaker: 'Union of Teachers', key: true },
          { text: 'Sign up for our newsletter', speaker: null },
        ],
        figures: [
          { value: 0.039, unit: 'percent', text: '3.9%', key: true },
          { value: 1205, unit: 'staff', text: '1,205 staff', key: true },
          { value: 1200, unit: 'EUR', text: '€1,200' },
        ],
      },
      text,
    );
    expect(tally.matchedGoldQuotes).toBe(3);
    expect(tally.matchedPredQuotes).toBe(2);
    expect(tally.speakersChecked).toBe(3);
    expect(tally.speakersRight).toBe(1);
    expect(misses.wrongSpeakers.map((w) => w.predicted)).toEqual(['Carla', 'Carla']);
    expect([tally.predKeyQuotes, tally.predKeyQuotesRight, tally.goldKeyQuotesFlagged]).toEqual([2, 1, 1]);
    expect(tally.matchedFigures).toBe(2);
    expect([tally.predKeyFigures, tally.predKeyFiguresRight]).toEqual([2, 1]);
    expect(tally.junkLeaked).toBe(1);
    expect(speakerIsRight('NATO chief Mark Rutte', 'Mark Rutte')).toBe(true);
    expect(speakerIsRight('Van', 'Jan van der Berg')).toBe(false);
    expect(speakerIsRight('van der Berg', 'Jan van der Berg')).toBe(true);
    expect(speakerIsRight('Dr. Budi', 'Budi Santoso', ['Budi'])).toBe(true);
  });
});
