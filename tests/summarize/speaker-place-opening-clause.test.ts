/** A name in the phrase a preposition opens the clause with, before its speech verb, is where it was said, not who said it. */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a place or body after an opening preposition is no speaker; the subject after the verb is', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        'De boeren protesteren al weken tegen de nieuwe regels.',
        'In de Provinciale Staten sprak gedeputeerde Marieke van Dalen dinsdag van ‘een regeling die niemand meer begrijpt’.',
      ),
      ['Marieke van Dalen'],
    ],
    [
      'de',
      para(
        'Die Landwirte protestieren seit Wochen gegen die neuen Regeln.',
        'Im Kreistag Oberwald sprach Landrätin Katrin Albers am Dienstag von „einer Regelung, die niemand mehr versteht“.',
      ),
      ['Katrin Albers'],
    ],
  ]);
});
