/** German compound roles ending in "-lehrer", "-rechtler": a role, not a name, whether it heads a name or stands for one. */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a compound ending in a teacher or a lawyer of a field is a role', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Die Fitness-App muss ein Bußgeld zahlen.',
        'Der Kölner Arbeitsrechtler Matthias von der Lahn hält den Einspruch für aussichtslos. „Die Behörde hat sorgfältig begründet“, sagte er der Zeitung.',
      ),
      ['Matthias von der Lahn'],
    ],
    [
      'de',
      para(
        'Die Tafel in Wernsdorf verteilt zweimal pro Woche Lebensmittel.',
        'Einer der Helfer ist Gerd Wallner, der die Ausgabe seit drei Jahren organisiert. „Die Schlange wird jede Woche länger“, sagt der frühere Grundschullehrer.',
      ),
      ['Gerd Wallner'],
    ],
  ]);
});
