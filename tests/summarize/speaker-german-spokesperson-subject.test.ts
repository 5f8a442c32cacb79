/**
 * A spokesperson of a body given by its common noun alone ("eine Sprecherin der Organisation"), where the article
 * names no body by that noun: the body opening the sentence before as its subject, its adjective in the form it
 * takes without its article ("Der Hessische Flüchtlingsrat" is "Hessischer Flüchtlingsrat").
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a German spokesperson of a body noun no body was named by speaks for the subject before', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Wiesbaden. Die Landesregierung will mehr Geld für die Kommunen bereitstellen. Innenminister Peter Brauer sagte: „Wir lassen niemanden allein.“',
        'Der Hessische Flüchtlingsrat mahnte, Geld allein reiche nicht. „Turnhallen sind keine Wohnungen“, sagte eine Sprecherin der Organisation.',
      ),
      ['Peter Brauer', 'Hessischer Flüchtlingsrat'],
    ],
    [
      'de',
      para(
        'Kassel. Die Stadt will weitere Sporthallen als Notunterkünfte nutzen. Bürgermeisterin Jana Ebert sagte: „Wir haben keine andere Wahl.“',
        'Die Evangelische Flüchtlingshilfe kritisierte den Plan als zu zaghaft. „Turnhallen sind keine Wohnungen“, sagte ein Sprecher der Organisation.',
      ),
      ['Jana Ebert', 'Evangelische Flüchtlingshilfe'],
    ],
  ]);
});
