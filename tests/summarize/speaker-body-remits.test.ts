import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe("a body's capitalized name going on with what it is of in lowercase words", () => {
  creditsSpeakers([
    // Its lowercase words after the link, and the place closing them, are part of the name.
    [
      'it',
      "Per l'Ordine degli architetti il bando va rifatto. «Nessuno studio giovane potrà partecipare con questi requisiti», spiega un portavoce dell'Ordine degli architetti di Pontebello.",
      ['Ordine degli architetti di Pontebello'],
    ],
    [
      'it',
      'Il Collegio dei garanti dei diritti ha chiesto chiarimenti, definendo il regolamento «una norma scritta in fretta» e rinviando il voto.',
      ['Collegio dei garanti dei diritti'],
    ],
    [
      'fr',
      "Selon les mesures de l'Observatoire des dunes de Kerlouan-Sud, le sable recule. « Nous perdons deux mètres par hiver », a indiqué un porte-parole de l'Observatoire des dunes de Kerlouan-Sud.",
      ['Observatoire des dunes de Kerlouan-Sud'],
    ],
    // After an elided article ("l'") the name heads a noun phrase, and its lowercase words are its own.
    [
      'it',
      "È intervenuto l'Istituto zooprofilattico, che ha mandato un tecnico. «I campioni saranno pronti lunedì», fa sapere l'Istituto in una nota.",
      ['Istituto zooprofilattico'],
    ],
    // A word that is no part of a name (a time after a preposition) ends it: the body alone.
    [
      'it',
      "La nota dell'Autorità in serata ha chiuso il caso. «Le tariffe resteranno invariate fino a marzo», ha detto un portavoce dell'Autorità in serata.",
      ['Autorità'],
    ],
    // A person is credited by their name, not by what they are of.
    ['it', '«Qui nessuno ci ascolta», ha detto Marco Bellini dei residenti di via Roma.', ['Marco Bellini']],
  ]);
});
