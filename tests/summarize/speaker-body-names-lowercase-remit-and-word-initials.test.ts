import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe("a body's name going on past its conjunction in lowercase, its elided link, and initials written as a word (#21)", () => {
  creditsSpeakers([
    // A remit all in lowercase after the conjunction and a preposition is the name's own.
    [
      'it',
      'Dal ministero della Cultura e della tutela paesaggistica fanno sapere che «i fondi sono stati stanziati» e che il bando riapre.',
      ['ministero della Cultura e della tutela paesaggistica'],
    ],
    [
      'es',
      '«Los plazos se han reducido», explicó un portavoz del Ministerio de Cultura y del patrimonio histórico.',
      ['Ministerio de Cultura y del patrimonio histórico'],
    ],
    [
      'fr',
      '« Les délais ont été réduits », a indiqué un porte-parole du ministère de la Culture et du patrimoine historique.',
      ['ministère de la Culture et du patrimoine historique'],
    ],
    // "Corpo" is a body's noun, its adjective and lowercase remit its name.
    [
      'it',
      '«Le verifiche sono in corso», ha fatto sapere un portavoce del Corpo forestale e di vigilanza ambientale. La procura indaga.',
      ['Corpo forestale e di vigilanza ambientale'],
    ],
    // An elided link leans on the capital after it, as the article writes it, and the name goes on past the conjunction.
    [
      'it',
      'La giunta attende. "Il ministero valuterà la richiesta del Comune con attenzione", ha spiegato un portavoce del ministero dell\'Industria e delle Imprese.',
      ["ministero dell'Industria e delle Imprese"],
    ],
    // Initials written as a word, in brackets after the full name: the full name.
    [
      'it',
      'La Federazione italiana lavoratori edili (File) chiede «un tavolo subito» prima del voto. «Serve chiarezza», ha detto un portavoce della File.',
      ['Federazione italiana lavoratori edili', 'Federazione italiana lavoratori edili'],
    ],
    // A ministry's remit listed with commas before "en": the part after the conjunction is the whole ministry.
    [
      'nl',
      'Een woordvoerder van het ministerie van Onderwijs, Cultuur en Wetenschap zegt: ‘We kijken met interesse naar de proef.’',
      ['ministerie van Onderwijs, Cultuur en Wetenschap'],
    ],
    // A bare article after the conjunction opens another subject, not the remit.
    ['it', '«Serve un piano», hanno detto il ministero della Cultura e il sindaco uscente.', ['ministero della Cultura']],
  ]);
});
