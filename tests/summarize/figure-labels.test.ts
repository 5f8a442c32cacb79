import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

const figuresOf = (text: string, lang: string) => summarizeArticle(text, { lang, title: null }).figures;

describe('numbers that name a model or a label are not figures', () => {
  it('en: a singular noun after a number above one is a model ("its 797 jet", "the 555 program")', () => {
    const text = 'Sales of its popular 797 Max jet fell sharply. The 555 program has faced delays. The airline ordered 30 jets.';
    expect(figuresOf(text, 'en').map((f) => [f.value, f.unit])).toEqual([[30, 'jets']]);
  });

  it('en: "a 30 Under 30 list" is a label, "1 bag" is still a count', () => {
    const text = 'She was named to the city’s 30 Under 30 list. Each guest got 1 bag of nuts.';
    const values = figuresOf(text, 'en').map((f) => f.value);
    expect(values).not.toContain(30);
  });

  it('de keeps singular-looking counts: "25 Jahr" style nouns are not judged by English plurals', () => {
    const text = 'Die Stadt hat 4.500 Einwohner und 120 Mitglied-Vereine.';
    expect(figuresOf(text, 'de').map((f) => f.value)).toContain(4500);
  });
});

describe('dates written with separators are not figures', () => {
  for (const [lang, text] of [
    ['en', 'The show opens 2019.05.06 and runs for 48 months.'],
    ['de', 'Die Messe beginnt am 12.05.2024 in Köln und hat 40.000 Besucher.'],
    ['en', 'Filed on 2021-03-04, the suit names 120 plaintiffs.'],
  ] as const) {
    it(`${lang}: ${text.slice(0, 30)}…`, () => {
      const values = figuresOf(text, lang).map((f) => f.value);
      expect(values.some((v) => v > 2000 && v < 2100)).toBe(false);
      expect(values.some((v) => v > 0 && v < 32 && !Number.isInteger(v))).toBe(false);
    });
  }
});

describe('units of engines, sound and speed', () => {
  const cases: [string, number, string][] = [
    ['The engine puts out 151 PS along with 197 Nm of torque.', 151, 'PS'],
    ['The engine puts out 151 PS along with 197 Nm of torque.', 197, 'Nm'],
    ['The motor makes 355 horsepower and 414 lb-ft of torque.', 355, 'hp'],
    ['The motor makes 355 horsepower and 414 lb-ft of torque.', 414, 'lb-ft'],
    ['The fans measured 38 dBa at head height.', 38, 'dB'],
  ];
  for (const [text, value, unit] of cases) {
    it(`${value} ${unit}`, () => expect(figuresOf(text, 'en').find((f) => f.value === value)?.unit).toBe(unit));
  }

  it('initials followed by a plural noun are not the unit ("400 EU firms")', () => {
    const f = figuresOf('The rules apply to 400 EU firms and more than 120 cities.', 'en').find((x) => x.value === 400);
    expect(f?.unit).toBe('firms');
  });
});

describe('key figures', () => {
  it('one of something ("1 bag") is never key, a larger count is', () => {
    const figures = figuresOf('Each guest got 1 bag of nuts. The hall seated 2,400 guests.', 'en');
    expect(figures.find((f) => f.value === 1)?.key ?? false).toBe(false);
    expect(figures.find((f) => f.value === 2400)?.key).toBe(true);
  });
});

describe('a grouped or scaled number before a singular word keeps its value', () => {
  it('"more than 13,000 false or misleading claims" is 13000 with no unit, not a label', () => {
    const f = figuresOf('The paper counted more than 13,000 false or misleading claims.', 'en').find((x) => x.value === 13000);
    expect(f).toBeDefined();
    expect(f!.unit).toBeNull();
  });

  it('"140 million monthly active users" keeps 140000000', () => {
    expect(figuresOf('The app has 140 million monthly active users.', 'en').map((f) => f.value)).toContain(140000000);
  });
});

describe('more unit spellings', () => {
  const cases: [string, number, string][] = [
    ['Winds reached 88.5 kph overnight.', 88.5, 'km/h'],
    ['The trunk holds 21.7 cu ft of cargo.', 21.7, 'ft³'],
  ];
  for (const [text, value, unit] of cases) {
    it(`${value} ${unit}`, () => expect(figuresOf(text, 'en').find((f) => f.value === value)?.unit).toBe(unit));
  }
});

describe('a span whose word alone says nothing: the clause before says what lasts', () => {
  it.each([['id', 'Pemerintah kota menetapkan status siaga banjir selama 10 hari.', 'status siaga banjir']])('%s', (lang, text, counts) => {
    expect(figuresOf(text, lang)[0]?.counts).toContain(counts);
  });
});
