import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences for attribution constructions first met in the health, business and politics batches never tuned on. */
describe("a body's name going on over its link before its member's lowercase role", () => {
  // "Eastwick Guild of Traders chair Ruth Adeyemi said": the chair speaks, not "Eastwick Guild" cut at "of", before or after the verb.
  creditsSpeakers([
    [
      'en',
      para(
        'Footfall in the high street fell again this autumn.',
        'Eastwick Guild of Traders chair Ruth Adeyemi said shops were “holding on by their fingernails” as rents rose.',
        '“Nobody is buying a second coffee any more,” said Northam Society of Bakers secretary Paul Rendle.',
      ),
      ['Ruth Adeyemi', 'Paul Rendle'],
    ],
  ]);
});
