/**
 * "Aus dem Landwirtschaftsministerium hieß es", "hieß es aus dem Verkehrsministerium": where nouns compound, a compound
 * of a body's noun after a source preposition is the body's own name, and it speaks; a compound that only describes a
 * named body ("aus dem Familienunternehmen") does not name one.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a German body compound after a source preposition speaks', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Graz. Die Dürre trifft die Obstbauern hart. „Die Lage ist dramatisch“, sagte Kammerpräsident Leo Hainz.',
        'Aus dem Landwirtschaftsministerium hieß es: „Wir lassen die Betriebe nicht allein.“',
      ),
      ['Leo Hainz', 'Landwirtschaftsministerium'],
    ],
    [
      'de',
      para(
        'Linz. Die Pendler warten seit Monaten auf die neue Brücke. „Das dauert alles viel zu lange“, sagte Bürgermeister Jan Aigner.',
        '„Der Bau beginnt im Frühjahr“, hieß es aus dem Verkehrsministerium.',
      ),
      ['Jan Aigner', 'Verkehrsministerium'],
    ],
  ]);
});
