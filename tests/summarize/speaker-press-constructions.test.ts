import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences for attribution constructions of German, Dutch, English, Indonesian and Malay copy, one rule each. */
describe('a source word opening a sentence', () => {
  // "Laut" capitalized at the start is "according to", not a given name: the surname is the minister's.
  creditsSpeakers([
    [
      'de',
      para(
        'Die Ministerin Petra Wohlgemuth besuchte am Montag das Klärwerk.',
        'Laut Wohlgemuth ist der Umbau „eine Investition in die nächste Generation“. Sie kündigte weitere Mittel an.',
      ),
      ['Petra Wohlgemuth'],
    ],
  ]);
});
