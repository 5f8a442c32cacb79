/**
 * A body's noun ("the charity", "la empresa") with no body of its kind named means the body that spoke last, not a
 * capitalized word inside the clause its speech reports ("The RNLI said the Porthmere station …"): that is spoken of.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a body noun passes over names inside what the last body said', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'The lifeboat crews launched twice on Sunday.',
        'The RNLI said the Porthmere station had launched 71 times last year. "Our crews are volunteers who drop everything when the pagers go," a spokesman for the charity said.',
      ),
      ['RNLI'],
    ],
    [
      'es',
      para(
        'La tarifa subió en enero.',
        'Vialnet defendió la legalidad del cargo ante Ausdi. "El recargo responde al incremento de los costes energéticos de nuestra red", señaló un portavoz de la empresa.',
      ),
      ['Vialnet'],
    ],
  ]);
});
