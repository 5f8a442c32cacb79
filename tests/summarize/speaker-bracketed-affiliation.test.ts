/**
 * Capitalized words filling brackets right after a person's name ("Hubert Brenner (Freie Wähler)") are their party or
 * body, no person a pronoun can mean.
 */
import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('a party in brackets after a name is no person', () => {
  creditsSpeakers([
    [
      'de',
      'Der Gemeinderat stimmte ab. Gemeinderat Hubert Brenner (Freie Wähler), Landwirt am Hohen Rain, stimmte dagegen. „Man stellt uns hier Industrieanlagen vor die Haustür“, sagte er.',
      ['Hubert Brenner'],
    ],
    [
      'en',
      'The council voted on Tuesday. Councillor Tom Ellis (Green Party), a teacher in the town, voted against. "Nobody asked the people who live here," he said.',
      ['Tom Ellis'],
    ],
  ]);
});
