import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('a bare speech verb after a sentence bringing a person in with "there was"', () => {
  creditsSpeakers([
    // The person "c'era" brings in says the next quote, not the one who spoke last.
    [
      'it',
      "«Il contratto era regolare», ha detto l'avvocato Piero Landi. In sala c'era anche Marisa Fontana, che ha perso la casa. «Ho firmato senza capire nulla», ha raccontato.",
      ['Piero Landi', 'Marisa Fontana'],
    ],
    [
      'es',
      '«El contrato era legal», dijo el abogado Pedro Lanza. En la sala estaba también Marisa Fuentes, que perdió su casa. «Firmé sin entender nada», explicó.',
      ['Pedro Lanza', 'Marisa Fuentes'],
    ],
  ]);
});
