/**
 * How the evidence around a quote weighs its candidates: who a reported speech verb credits past its listener, which
 * names are no candidates at all, which subjects count, whom a bare verb or a pronoun goes on with.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('reported speech whose verb names its listener first credits the subject named after it, whom a bare verb then means', () => {
  creditsSpeakers([
    [
      'pt',
      para(
        'Um fogo que começou de madrugada no concelho de Arganil obrigou a retirar 80 pessoas, disse à agência Lusa o comandante distrital, Artur Pinto Cabral.',
        '"As frentes estão a perder força", afirmou.',
      ),
      ['Artur Pinto Cabral'],
    ],
    [
      'it',
      para('Una frana ha chiuso la provinciale per Varese Ligure, ha detto ai cronisti il sindaco Gino Ferrari Lanza.', '«Riapriremo entro un mese», ha aggiunto.'),
      ['Gino Ferrari Lanza'],
    ],
    [
      'es',
      para('El incendio obligó a desalojar a 120 vecinos de Tábara, explicó a Efe el alcalde, Pedro Ruiz Mora.', '«El fuego está controlado», añadió.'),
      ['Pedro Ruiz Mora'],
    ],
  ]);
});
