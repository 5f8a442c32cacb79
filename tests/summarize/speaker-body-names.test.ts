import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe("a body's name in lowercase words", () => {
  creditsSpeakers([
    // Its noun, an adjective and what it is of name the body; the statement it spoke in is no part of it.
    [
      'fr',
      "Les urgences de Ploërmel fermeront la nuit. « Cette fermeture est la seule manière de garantir la sécurité des patients », a indiqué l'agence régionale de santé dans un communiqué.",
      ['agence régionale de santé'],
    ],
    // Past a time after the verb, its whole name, not the place it ends on.
    [
      'it',
      'Il pronto soccorso di Trebisacce chiuderà di notte. «Non ci sono medici a sufficienza per coprire i turni», ha spiegato lunedì l’azienda sanitaria provinciale di Cosenza.',
      ['azienda sanitaria provinciale di Cosenza'],
    ],
    // The body's noun alone means the one the article named with it in lowercase words and the capitals of its place.
    [
      'fr',
      "Le tribunal correctionnel de Lorient a condamné jeudi le propriétaire de l'immeuble. « Le prévenu connaissait l'état de l'installation », écrit le tribunal dans son jugement.",
      ['tribunal correctionnel de Lorient'],
    ],
    // An elided link is written against the word after it.
    [
      'it',
      "Dal ministero dell'Università e della Ricerca ricordano le regole. «Gli atenei sono autonomi nella determinazione dei contributi», ha dichiarato un portavoce del ministero.",
      ["ministero dell'Università e della Ricerca"],
    ],
    [
      'es',
      'La obra del tranvía se retrasa dos años. «Los costes se subestimaron desde el principio», señaló la cámara regional de cuentas.',
      ['cámara regional de cuentas'],
    ],
  ]);
});

describe("a body's name with a compound's first part", () => {
  creditsSpeakers([
    // The hyphen stands for the noun after the conjunction: the name goes on past it.
    [
      'de',
      'Die Talbrücke bleibt gesperrt. Eine Sprecherin der Oberfränkischen Industrie- und Handelskammer sagte, die Umwege kosteten Millionen. „Viele Betriebe haben Aufträge verloren“, sagte sie.',
      ['Oberfränkische Industrie- und Handelskammer'],
    ],
  ]);
});

describe("a role's remit in lowercase words before the person in apposition", () => {
  creditsSpeakers([
    // The remit's lowercase words after its capital run on to the comma; the person named there speaks, not the remit.
    [
      'it',
      'La Regione ha stanziato 3 milioni per le mense. «Nessuno resterà senza pasto», ha detto l’assessore regionale al Diritto allo studio, dott. Marco Ferrante.',
      ['Marco Ferrante'],
    ],
  ]);
});

describe("a body's name in quote marks", () => {
  creditsSpeakers([
    // Quoted right after the body's noun, capitalized words are its name, no quote; its spokesperson speaks for it by it.
    [
      'it',
      'Il comitato «Salviamo il Borgo», che ha raccolto 3.000 firme, ha annunciato un presidio. «Saremo davanti al municipio con le nostre famiglie», ha detto una portavoce del comitato.',
      ['comitato Salviamo il Borgo'],
    ],
    [
      'de',
      'Die Bürgerinitiative „Klares Wasser Lautertal“ hat 2.100 Unterschriften gesammelt. „Wir sind nicht gegen das Werk, wir sind gegen diesen Standort“, sagte ein Sprecher der Initiative.',
      ['Bürgerinitiative Klares Wasser Lautertal'],
    ],
  ]);
});

describe("a body's management for the body", () => {
  creditsSpeakers([
    // "die Geschäftsführung" speaks for the company the article named, not the person quoted before.
    [
      'de',
      'Die Stahlwerke Nordhafen AG streicht 400 Stellen. „Das ist ein schwarzer Tag für die Region“, sagte Uwe Pohl, der Vorsitzende des Betriebsrats. „Wir haben keine andere Wahl“, erklärte die Geschäftsführung.',
      ['Uwe Pohl', 'Stahlwerke Nordhafen AG'],
    ],
  ]);
});
