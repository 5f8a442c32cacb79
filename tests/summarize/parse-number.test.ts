import { describe, expect, it } from 'vitest';
import { languagePack } from '../../src/lang/index.js';
import { articleDecimalMark } from '../../src/summarize/number-style.js';
import { parseNumber } from '../../src/summarize/parse-number.js';

const parse = (raw: string, lang: string) => parseNumber(raw, languagePack(lang)!.number.decimal);

describe('locale-aware numbers', () => {
  it('dot-grouping languages: 600.000 and 2,5', () => {
    for (const lang of ['id', 'de', 'es', 'it', 'pt', 'nl']) {
      expect(parse('600.000', lang), lang).toBe(600000);
      expect(parse('2,5', lang), lang).toBe(2.5);
      expect(parse('1.234.567,89', lang), lang).toBe(1234567.89);
    }
  });

  it('English and Malay: 600,000 and 2.5', () => {
    for (const lang of ['en', 'ms']) {
      expect(parse('600,000', lang), lang).toBe(600000);
      expect(parse('2.5', lang), lang).toBe(2.5);
      expect(parse('1,234,567.89', lang), lang).toBe(1234567.89);
    }
  });

  it('French groups with spaces, no-break and thin spaces', () => {
    expect(parse('600 000', 'fr')).toBe(600000);
    expect(parse('600\u00A0000', 'fr')).toBe(600000);
    expect(parse('1\u202F200\u202F000', 'fr')).toBe(1200000);
    expect(parse('2,5', 'fr')).toBe(2.5);
  });

  it('Swiss numbers group with an apostrophe, straight or typographic', () => {
    expect(parse("12'400", 'de')).toBe(12400);
    expect(parse('1’250’000', 'fr')).toBe(1250000);
    expect(parse("3'500,75", 'it')).toBe(3500.75);
  });

  it('the ambiguous "1.234": a thousand and more in Indonesian, a decimal in English', () => {
    expect(parse('1.234', 'id')).toBe(1234);
    expect(parse('1.234', 'en')).toBe(1.234);
    expect(parse('1,234', 'en')).toBe(1234);
  });

  it('a mark not followed by three digits is a decimal mark whatever the language', () => {
    expect(parse('1.5', 'id')).toBe(1.5);
    expect(parse('3,75', 'en')).toBe(3.75);
  });
});

describe('the article decimal mark', () => {
  it('a clock time led by a zero ("03.15 uur") is no evidence of a decimal point', () => {
    const pack = languagePack('nl')!;
    expect(articleDecimalMark('De explosie was rond 03.15 uur. Vorig jaar waren er 1.154 explosies.', pack)).toBe(',');
    // An amount with a decimal point still counts.
    expect(articleDecimalMark('De prijs steeg naar 3.15 euro.', pack)).toBe('.');
  });

  it('a time of day after a clock word or before a time word ("alle 14.30", "9.45 horas") is no evidence of a decimal point', () => {
    expect(articleDecimalMark('La partita inizia alle 14.30 davanti a 12.500 tifosi.', languagePack('it')!)).toBe(',');
    expect(articleDecimalMark('El pleno empezó a las 9.45 horas con 1.200 asistentes.', languagePack('es')!)).toBe(',');
    // The same digits as an amount still count.
    expect(articleDecimalMark('Il prezzo è salito a 14.30 euro.', languagePack('it')!)).toBe('.');
  });
});
