/**
 * A body's noun qualifying a role whose holder is apposed ("the council leader, Ann Cole"): the holder is a person of the
 * body, no name of it, so the body's noun later ("a council spokesperson") still means the body.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a body noun qualifying an apposed role holder does not name the body', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'Brackley Borough Council plans to shut two pools.',
        '“We have no choice,” said the council leader, Joan Pike.',
        'A council spokesperson said “every option” had been studied.',
      ),
      ['Joan Pike', 'Brackley Borough Council'],
    ],
  ]);
});
