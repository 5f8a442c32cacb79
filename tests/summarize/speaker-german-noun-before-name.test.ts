/**
 * Where every noun is capitalized, a person's name takes no article: two capitalized words right after one are a noun
 * and a name ("aus dem Stadtteil Hohenwald", "des Möbelhändlers Kranzbichler"), never someone's first name and surname.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a noun and a name after a German article are no person', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Bergheim. Die Stadtwerke erhöhen zum Mai den Strompreis um ein Fünftel. Geschäftsführer Arno Liebig sagte: „Wir geben nur die Kosten weiter.“',
        'Für Rentnerinnen wie Erika Brandl aus dem Stadtteil Hohenwald kommt das zur Unzeit. „Ich drehe jetzt schon jeden Euro um“, sagt die 81-Jährige.',
      ),
      ['Arno Liebig', 'Erika Brandl'],
    ],
    [
      'de',
      para(
        'Wendelstadt. In der Nacht brannte die Lagerhalle des Möbelhändlers Kranzbichler vollständig aus. „Wir konnten nur noch die Nachbarhäuser schützen“, sagte Einsatzleiter Jan Moos.',
        'Inhaber Paul Kranzbichler kam am Morgen an die Absperrung. „Keiner verliert seinen Arbeitsplatz, das garantiere ich“, sagte Kranzbichler.',
      ),
      ['Jan Moos', 'Paul Kranzbichler'],
    ],
  ]);
});
