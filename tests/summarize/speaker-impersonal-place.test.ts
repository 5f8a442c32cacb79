/**
 * The impersonal pronoun speaking from a place a preposition names ("À la préfecture, on précise …", "Au rectorat, on
 * défend …"): the body of that place is the speaker, not no one.
 */
import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('an impersonal "on" in a body’s place credits that body', () => {
  creditsSpeakers([
    ['fr', 'Le scrutin sera rejoué. À la préfecture, on précise que le conseil devra se réunir « dans les huit jours ».', ['préfecture']],
    // No speech verb: the clause's impersonal subject still speaks from its place.
    [
      'fr',
      'Le rectorat de Valmont a fermé deux classes. Au rectorat, on défend un dispositif « souple et révisable en cours d’année ».',
      ['rectorat de Valmont'],
    ],
  ]);
});

describe('a place that is no body leaves the impersonal pronoun no one', () => {
  creditsSpeakers([['fr', 'La fête commence samedi. À Lyon, on dit que la ville reste « la capitale de la gastronomie ».', [null]]]);
});
