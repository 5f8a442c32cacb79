import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe("a spokesperson of a body given by its name's head noun", () => {
  creditsSpeakers([
    // The noun capitalized alone shortens the name it opened before, with its adjectives and place: that body, not a word opening a sentence since.
    [
      'it',
      "Da stasera l'acqua sarà razionata. Lo ha deciso l'Autorità portuale regionale Alto Tirreno. Coinvolti circa 4.000 utenti. «Non ci sono alternative», ha spiegato un portavoce dell'Autorità.",
      ['Autorità portuale regionale Alto Tirreno'],
    ],
    // The noun in lowercase means the body named with it before ("l'observatoire Terre Vive"), not the company the story is about.
    [
      'fr',
      "La société Brevia lève 12 millions d'euros. Selon l'observatoire Terre Vive, les levées ont baissé de 20 %. « Les fonds se concentrent sur peu d'entreprises », observe un porte-parole de l'observatoire.",
      ['observatoire Terre Vive'],
    ],
    // Lowercase words running on past the noun are its clause, no name: the body by its noun alone.
    ['es', 'En Galicia la Xunta controla cada año las capturas de marisco. «Los datos se tendrán en cuenta», dijo un portavoz de la Xunta.', ['xunta']],
  ]);
});
