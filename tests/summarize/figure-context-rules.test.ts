import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

/** Made-up sentences, one rule each: the figures found, value and unit. */
const figuresOf = (text: string, lang: string) => summarizeArticle(text, { lang }).figures.map((f) => ({ value: f.value, unit: f.unit }));

describe('an age is no figure', () => {
  it.each([
    ['it', 'Mia madre, 86 anni, è rimasta in corridoio tutta la notte.'],
    ['es', 'Un hombre de 45 años fue detenido en la estación.'],
    ['pt', 'Uma mulher de 38 anos foi levada ao hospital.'],
    ['fr', 'Un homme de 52 ans a été interpellé devant la gare.'],
    ['fr', 'Son père de 84 ans est hospitalisé à Nantes.'],
    ['pt', 'Já o aposentado José Carlos Vieira, de 78 anos, depende de um aparelho.'],
    ['pt', '"Não há milho para todo mundo", disse o agricultor Joaquim Barros, 63 anos.'],
    ['en', '"We lost everything," said the baker, Tom Ridley, 47.'],
  ])('%s: %s', (lang, text) => expect(figuresOf(text, lang)).toEqual([]));

  it('a span set off by commas after a thing is still a figure', () => {
    expect(figuresOf('Le chantier, 3 ans, coûtera cher.', 'fr')).toEqual([{ value: 3, unit: 'ans' }]);
    expect(figuresOf('Le juge a prononcé une peine de 12 ans de prison.', 'fr')).toEqual([{ value: 12, unit: 'ans' }]);
  });
});

describe('hours after a number in Italian are a span, not a clock time', () => {
  it.each([
    ['Il tempo medio di attesa supera le 6 ore negli ospedali.', 6],
    ['I medici fanno turni di 10 ore senza pause.', 10],
  ])('%s', (text, value) => expect(figuresOf(text, 'it')).toEqual([{ value, unit: 'ore' }]));
});

describe('an amount said again without its unit is the figure said before', () => {
  it('takes the unit the article first gave that value, so it counts once', () => {
    const text = 'El Gobierno aprobó un plan de 4.500 millones de euros. La oposición critica "un ajuste de 4.500 millones" sin reformas.';
    expect(figuresOf(text, 'es')).toEqual([{ value: 4_500_000_000, unit: 'EUR' }]);
  });
});

describe('an adjective after a scaled amount is not what it counts', () => {
  it.each([
    ['es', 'Hacienda espera recaudar 2.500 millones adicionales este año.'],
    ['pt', 'O governo espera arrecadar 2,5 mil milhões adicionais este ano.'],
    ['fr', "L'État espère récolter 2,5 milliards supplémentaires cette année."],
  ])('%s: %s', (lang, text) => expect(figuresOf(text, lang)).toEqual([{ value: 2_500_000_000, unit: null }]));
});
