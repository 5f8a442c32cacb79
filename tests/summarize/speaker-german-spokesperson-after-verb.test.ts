/**
 * German puts the object first at will: "Die hohe Zahl erklärte ein Sprecher des Ordnungsamts mit …". A spokesperson
 * right after the speech verb is its subject, and the noun opening the sentence is no speaker.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a German spokesperson right after the verb is its subject, not the noun before it', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Wendburg. Die Stichwahl hat Eva Roth gewonnen. „Ich bin dankbar“, sagte Roth am Abend.',
        'Die geringe Beteiligung erklärte ein Sprecher des Wahlamts der Stadt Wendburg mit dem Wetter. „Bei Regen bleiben ältere Menschen zu Hause.“ Die Zahl der Briefwähler stieg.',
      ),
      ['Eva Roth', 'Wahlamt der Stadt Wendburg'],
    ],
  ]);
});
