/**
 * A body's generic noun ("die Behörde") means the latest body the article named with a noun the language files under
 * that kind ("das Landesamt für Denkmalpflege"), not the noun alone.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a generic body noun means the body named with a noun of its kind', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Görlitz. Das Landesamt für Denkmalpflege Sachsen hat den Abriss der alten Mühle gestoppt.',
        '„Wir prüfen den Bau jetzt gründlich und lassen uns dafür Zeit“, sagte ein Sprecher der Behörde.',
      ),
      ['Landesamt für Denkmalpflege Sachsen'],
    ],
  ]);
});
