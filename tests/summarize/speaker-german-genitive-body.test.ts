/**
 * A German body's name after a genitive article in the form it has as a subject: the ending comes off the noun the
 * article governs ("des Landratsamts Talkreis" is "Landratsamt Talkreis"; the place ends in -s anyway), and a compound
 * cut short before a conjunction is part of that noun ("des Bau- und Umweltdepartements").
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a German genitive ending comes off the noun the article governs', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Bad Weilbach. Der Gemeinderat will das Hallenbad schließen. „Wir haben keine andere Wahl“, sagte Bürgermeisterin Ute Brenner.',
        'Ohne Sparkonzept werde man den Haushalt „nicht genehmigen können“, erklärte ein Sprecher des Landratsamts Talkreis.',
      ),
      ['Ute Brenner', 'Landratsamt Talkreis'],
    ],
    [
      'de',
      para(
        'Zug. Der Kanton sucht dringend Lehrpersonen. „Wir finden kaum noch Personal“, sagte Schulleiterin Eva Imhof.',
        '„Eine Reduktion der Lektionen ist kein Thema“, sagte ein Sprecher des Bau- und Umweltdepartements.',
      ),
      ['Eva Imhof', 'Bau- und Umweltdepartement'],
    ],
  ]);
});
