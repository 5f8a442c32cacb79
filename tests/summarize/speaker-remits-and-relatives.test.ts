import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe("a body's name with a conjunction or a possessive inside it", () => {
  creditsSpeakers([
    // A conjunction after one capital, a body's noun closing the capitals after it: one body, not its first word.
    [
      'en',
      'Two men were held after a blaze at a depot in Marlow. "We want to hear from anyone who saw a van near the site that night," a spokesperson for Ashdown and Weald Police said.',
      ['Ashdown and Weald Police'],
    ],
    // The body's noun read back over a possessive's apostrophe and the conjunction before it, for "the union" later.
    [
      'en',
      'Bakers at Crumbton will lose their jobs, chief executive Paul Denner said. The Food and Bakery Workers\' Union condemned the move. "This is a betrayal of loyal staff who gave their all," a spokesperson for the union said.',
      ["Food and Bakery Workers' Union"],
    ],
  ]);
});

describe('a remit listed with commas inside the apposition before its holder', () => {
  creditsSpeakers([
    [
      'pt',
      '«Este acordo é justo para todos os trabalhadores do país», afirmou a ministra do Trabalho, Emprego e Formação Profissional, Helena Sousa Martins, no final do encontro.',
      ['Helena Sousa Martins'],
    ],
    [
      'es',
      '«Este acuerdo es justo para todos los trabajadores del país», afirmó la ministra de Trabajo, Empleo y Formación Profesional, Helena Sousa Martín, al final del encuentro.',
      ['Helena Sousa Martín'],
    ],
  ]);
});

describe("a relative clause after a person's affiliation, before the verb", () => {
  creditsSpeakers([
    [
      'pt',
      'A juíza federal Marta Quintela de Sá, da 2ª Vara Federal de São Bento do Sul, que decretou as prisões, escreveu na decisão que havia "perigo real de fuga dos suspeitos".',
      ['Marta Quintela de Sá'],
    ],
    [
      'en',
      'Judge Martha Quinn, of the 2nd District Court of Fairview, who ordered the arrests, wrote in the ruling that there was "a real danger of the suspects fleeing".',
      ['Martha Quinn'],
    ],
  ]);
});
