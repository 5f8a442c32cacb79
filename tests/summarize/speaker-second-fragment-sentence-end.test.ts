/**
 * A second fragment in a sentence whose speech verb comes before the first ("X said the cuts were "…" for staff who had
 * "…". Y said: …"): the sentence ends at its closing mark, so the next sentence's credit is not its own.
 */
import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('a fragment closing a sentence whose verb precedes an earlier fragment keeps that sentence’s speaker', () => {
  creditsSpeakers([
    [
      'en',
      'Hartley\'s will shut 40 stores. The National Union of Retail Staff said the cuts were "a hammer blow" for staff who had "kept the shelves stocked through a pandemic". Its general secretary, Dev Chaudhry, said: "They could have kept these stores open."',
      ['National Union of Retail Staff', 'National Union of Retail Staff', 'Dev Chaudhry'],
    ],
  ]);
});
