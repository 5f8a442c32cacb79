import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

const figuresOf = (text: string, lang: string) => summarizeArticle(text, { lang }).figures;
const withValue = (text: string, lang: string, value: number) => figuresOf(text, lang).find((f) => f.value === value);

describe('amounts, units and labels the figure reader gets right', () => {
  it('a scaled amount with nothing counted is money in the one currency its sentence tells', () => {
    const text = 'Il Comune ha stanziato 300mila euro per le famiglie, mentre la Provincia ha promesso altri 2,4 milioni.';
    expect(withValue(text, 'it', 2.4e6)).toMatchObject({ unit: 'EUR' });
  });
  it('a scaled count in a sentence telling no money stays a count', () => {
    const text = 'La Provincia ha stanziato 300mila euro per le famiglie. Nel 2025 sono arrivati oltre 420mila turisti, e il porto ne attende 1,2 milioni.';
    expect(withValue(text, 'it', 1.2e6)?.unit).not.toBe('EUR');
  });
  it('a scaled amount takes no percent sign from a share before it', () => {
    const text = 'La empresa ingresó 210 millones de euros, un 4 % menos que el año anterior, y perdió 7,3 millones.';
    expect(withValue(text, 'es', 7.3e6)).toMatchObject({ unit: 'EUR' });
  });
  it('money after a label word and a link word is money, not a label ("una línea de 45 millones de euros")', () => {
    expect(withValue('El Gobierno abrió una línea de 30 millones de euros para los agricultores.', 'es', 3e7)).toMatchObject({ unit: 'EUR' });
  });
  it.each([
    ['en', 'The quarry owner was fined A$2.4 million. It must also pay $310,000 towards the road repairs.', 'AUD'],
    ['en', 'The quarry owner was fined 2.4 million Australian dollars. It must also pay $310,000 towards the road repairs.', 'AUD'],
    ['fr', 'La carrière doit verser 2,4 millions de dollars canadiens, et 310 000 $ pour réparer la route.', 'CAD'],
    ['en', 'The quarry owner was fined $2.4 million. It must also pay $310,000 towards the road repairs.', 'USD'],
  ])('a bare "$" is the one country dollar the article names (%s: %s)', (lang, text, unit) => {
    expect(withValue(text, lang, 310_000)).toMatchObject({ unit });
  });
  it('"degrees Celsius" and its kin are °C', () => {
    expect(withValue('The thermometer reached 38.2 degrees Celsius at noon.', 'en', 38.2)).toMatchObject({ unit: '°C' });
    expect(withValue('Am Nachmittag wurden 36,5 Grad Celsius gemessen.', 'de', 36.5)).toMatchObject({ unit: '°C' });
  });
  it('a hyphenated number and unit word is a measure ("a 350-megawatt plant"), a hyphenated span still none', () => {
    const figures = figuresOf('A 350-megawatt wind farm will replace a 40-year-old coal plant.', 'en');
    expect(figures).toEqual([expect.objectContaining({ value: 350, unit: 'MW' })]);
  });
  it('a period before the news right after a number is no counted noun ("down from 2.4 million last year")', () => {
    const text = 'About 2.1 million passengers used the line this year, down from 2.4 million last year.';
    expect(withValue(text, 'en', 2.4e6)).toMatchObject({ unit: 'passengers' });
  });
  it('a letter elided before a word is no unit symbol ("3,2 millions l\'an dernier")', () => {
    const text = "Le parc a accueilli 2,8 millions de visiteurs cette année, contre 3,2 millions l'an dernier.";
    expect(withValue(text, 'fr', 3.2e6)).toMatchObject({ unit: 'visiteurs' });
  });
});
