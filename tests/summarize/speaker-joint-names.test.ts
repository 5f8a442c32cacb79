import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('joint speakers credited by shorter names: both full names, as the article gave them together', () => {
  creditsSpeakers([
    [
      'de',
      'Die Bürgermeister Ulrike Hansmann und Peter Gröning stellten den Plan vor. „Wir sparen gemeinsam“, sagten Hansmann und Gröning.',
      ['Ulrike Hansmann und Peter Gröning'],
    ],
    // A given name stands for a name the article cut short ("Wulan" for "Sekretaris RT Wulan Sari Utami").
    [
      'id',
      'Ketua RT Budi Santoso dan Sekretaris RT Wulan Sari Utami mendatangi kantor camat. "Kami menolak rencana itu," kata Budi dan Wulan.',
      ['Budi Santoso dan Wulan Sari Utami'],
    ],
    [
      'nl',
      'Wethouders Marieke van den Berg en Sjoerd Kramer presenteerden het plan. "We moeten nu kiezen," aldus Van den Berg en Kramer.',
      ['Marieke van den Berg en Sjoerd Kramer'],
    ],
    // A plural word after a pair the article named with a given name cut off ("Anna Vogt" opening the sentence).
    [
      'de',
      'Die Stadtwerke Halden verteidigten die Preise. „Wir haben keine Wahl“, teilte das Unternehmen mit.\nAnna Vogt und Ria Dekker sind skeptisch. „Erst ging die Bank, dann die Post“, sagten sie.',
      ['Stadtwerke Halden', 'Anna Vogt und Ria Dekker'],
    ],
  ]);
});

describe('a pronoun that is also a singular one is plural after a plural verb', () => {
  creditsSpeakers([
    [
      'nl',
      'Een woordvoerder van het ministerie van Financiën reageert kort. "We kijken ernaar," zegt hij.\nHenk en Ria Dekker zijn sceptisch. "Eerst ging de bank weg," zeggen zij.',
      ['ministerie van Financiën', 'Henk en Ria Dekker'],
    ],
    [
      'de',
      'Die Stadtwerke Halden verteidigten die Preise. „Wir haben keine Wahl“, hieß es in einer Mitteilung.\nHenk und Ria Dekker sind skeptisch. „Erst ging die Bank, dann die Post“, sagen sie.',
      ['Stadtwerke Halden', 'Henk und Ria Dekker'],
    ],
    // "beide" alone is the two people named together.
    [
      'de',
      'Die Geschäftsführer Jana Vogt und Timo Brandl sehen keine Alternative. „Kein Standort wird geschlossen“, versicherten beide.',
      ['Jana Vogt und Timo Brandl'],
    ],
    // A pair sharing a surname after a sentence's first word ("Ook Ruud en Geesje Postma").
    [
      'nl',
      'Een woordvoerder van de gemeente reageerde. "We zijn blij," zei hij.\nOok Ruud en Geesje Postma uit Drachten reden mee. "We hebben genoten," zeiden ze.',
      ['gemeente', 'Ruud en Geesje Postma'],
    ],
  ]);
});

describe('a body whose name holds a conjunction: all of it, as the article writes it', () => {
  creditsSpeakers([
    [
      'en',
      'The Department for Culture, Media and Sport said it would review the plan. "We will look at the figures," a spokesperson for the department said.',
      ['Department for Culture, Media and Sport'],
    ],
    [
      'es',
      'El Ministerio para la Transición Ecológica y el Reto Demográfico defendió el recorte. «Se ajusta a las reglas», señalaron fuentes del ministerio.',
      ['Ministerio para la Transición Ecológica y el Reto Demográfico'],
    ],
    [
      'it',
      'Il Ministero del Lavoro e delle Politiche sociali ha convocato le parti. «Vogliamo evitare licenziamenti», fa sapere il ministero in una nota.',
      ['Ministero del Lavoro e delle Politiche sociali'],
    ],
    // The body's noun before a part credited alone.
    [
      'fr',
      'Contacté, le ministère de la Transition écologique et de la Cohésion des territoires indique qu’il « étudiera toute proposition ».',
      ['ministère de la Transition écologique et de la Cohésion des territoires'],
    ],
    // Not a second body, nor a clause going on after a person.
    [
      'nl',
      'Het Maasziekenhuis Venlo en het Sint Servatius Ziekenhuis praten over een fusie. "We nemen de tijd," laat het Maasziekenhuis weten.',
      ['Maasziekenhuis Venlo'],
    ],
    ['it', '«Ho sognato una notte così», ha detto Riccardo Orlandi e il gol di Santiago Ferreyra ha fatto il resto.', ['Riccardo Orlandi']],
  ]);
});
