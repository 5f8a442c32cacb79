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
