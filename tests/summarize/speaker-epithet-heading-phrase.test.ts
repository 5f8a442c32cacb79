/**
 * An epithet right after the speech verb heading a preposition's phrase ("afirmou o advogado à Folha", "reconoció el técnico
 * ante Marca") is the credit's subject: the one word named in that phrase is what it is of, or whom it was said to.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('an epithet heading a phrase speaks, not the name in the phrase', () => {
  creditsSpeakers([
    [
      'pt',
      para(
        'O ex-secretário foi preso na terça-feira.',
        'A defesa de Baptista, feita pelo advogado Otávio Ramalho, classificou a prisão como desnecessária. "Meu cliente sempre esteve à disposição da Justiça e nunca foi chamado para depor", afirmou o advogado à Folha.',
      ),
      ['Otávio Ramalho'],
    ],
    [
      'es',
      para(
        'El partido acabó 1-0.',
        'En el otro banquillo, Joseba Uriarte lamentó la derrota. «No hemos estado bien en defensa y lo hemos pagado muy caro», reconoció el técnico ante Marca.',
      ),
      ['Joseba Uriarte'],
    ],
    [
      // A full name in the phrase is the epithet's holder, named there.
      'it',
      para(
        'Il bilancio è passato.',
        "«Non è una scelta che facciamo a cuor leggero, ma senza questi interventi avremmo chiuso male», ha spiegato l'assessore al Bilancio Paolo Ferretti.",
      ),
      ['Paolo Ferretti'],
    ],
  ]);
});
