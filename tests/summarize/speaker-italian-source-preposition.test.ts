/**
 * Italian words coming from a body ("fanno sapere dalla Procura", "spiegano dall'Asl"): the body speaks, not the
 * person the sentence before named.
 */
import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('"da" and its articles after a bare plural verb name the body the words came from', () => {
  creditsSpeakers([
    [
      'it',
      'La Procura di Valdoria ha aperto un fascicolo per rapina aggravata. Il sostituto procuratore Marco Ferri coordina le indagini. «Non escludiamo collegamenti con altri colpi messi a segno negli ultimi mesi», fanno sapere dalla Procura.',
      ['Procura di Valdoria'],
    ],
    [
      'it',
      "La Commissione europea ha aperto un'istruttoria. A Bruxelles il commissario Dario Mezzadri ha incontrato i sindacati. «Stiamo valutando tutte le opzioni sul tavolo», fanno sapere dalla Commissione.",
      ['Commissione europea'],
    ],
  ]);
});
