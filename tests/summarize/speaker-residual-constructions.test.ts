import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('a pronoun right after the verb and closing the clause is its subject, not a list of nouns before it', () => {
  creditsSpeakers([
    [
      'de',
      'Die Preise steigen. Bernd Kohlhaas ist Sprecher des Verbands. Die Bäcker hätten mit Mehl, Strom und Löhnen zu kämpfen, sagte er. Ein Preisdeckel sei „reine Symbolik“, sagte er.',
      ['Bernd Kohlhaas'],
    ],
  ]);
});

describe('"the company" means the body named in full with a company suffix, not the capitalized noun heading it', () => {
  creditsSpeakers([
    [
      'ms',
      'KUALA LUMPUR: Pengeluar kasut Mutiara Footwear Bhd mencatatkan kerugian besar bagi suku ketiga.\n\n"Keadaan dijangka kekal sukar tahun depan," menurut syarikat itu dalam satu kenyataan.',
      ['Mutiara Footwear Bhd'],
    ],
  ]);
});

describe('"the company" means the body named in full with a company suffix, not the capitalized noun heading it', () => {
  creditsSpeakers([
    [
      'ms',
      'KUALA LUMPUR: Pengeluar kasut Mutiara Footwear Bhd mencatatkan kerugian besar bagi suku ketiga.\n\n"Keadaan dijangka kekal sukar tahun depan," menurut syarikat itu dalam satu kenyataan.',
      ['Mutiara Footwear Bhd'],
    ],
  ]);
});

describe('lowercase words after the name that hold no role lead to a place, not to a member of a body', () => {
  creditsSpeakers([
    ['it', 'Il piano è stato approvato. «Non firmo un piano che non condivido», ha detto Ferracuti lasciando Palazzo Chigi.', ['Ferracuti']],
    ['en', 'Staff walked out on Monday. "We stand with our colleagues," said GMB regional organiser Tariq Hussain.', ['Tariq Hussain']],
  ]);
});
