import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences: a quote after a sentence bringing in one person who has not spoken goes to them, not to who spoke last. */
describe('a newcomer the sentence before names takes a pronoun or no credit', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Die Ärztin Jana Pfeiffer sieht das anders. „Der Weg in die Stadt ist für viele Familien zu weit“, sagte sie.',
        'Die 31-jährige Marie Lindqvist, die im Mai ihr erstes Kind erwartet, war mit ihrer Schwester gekommen. „Ich weiß nicht, wohin ich jetzt fahren soll“, sagte sie.',
      ),
      ['Jana Pfeiffer', 'Marie Lindqvist'],
    ],
    [
      'it',
      para(
        '«Abbiamo giocato meglio noi per tutta la partita», ha detto l’allenatore Piero Manfredi.',
        'Più amaro il capitano degli ospiti, Lorenzo Sabatini, che è uscito per ultimo dal campo. «Abbiamo sbagliato troppo sotto porta e lo abbiamo pagato»',
      ),
      ['Piero Manfredi', 'Lorenzo Sabatini'],
    ],
    [
      'en',
      para(
        '“We expected a far bigger turnout tonight,” said the organiser, Henry Marsh.',
        'Retired teacher Oliver Grant, who has lived on the estate for forty years, stood by the door. “Nobody asked us what we wanted for this place,” he said.',
      ),
      ['Henry Marsh', 'Oliver Grant'],
    ],
  ]);
});
