import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('a role of a body, then the person holding it in apposition', () => {
  creditsSpeakers([
    // A rank heading a lowercase compound is a title: the person after it speaks, not the body of the role before.
    [
      'pt',
      'O porta-voz do Comando Distrital de Vilarinho, sargento-ajudante Artur Lemos Baptista, afirmou que «não há feridos graves».',
      ['Artur Lemos Baptista'],
    ],
    // A body's noun after a preposition is whom the words were told to: the role's holder named before tells them.
    [
      'it',
      "Davanti al negozio, il gestore dell'edicola Aurora, Franco Melis, ha visto tutto. «Sono scappati in due su uno scooter», ha raccontato ai carabinieri.",
      ['Franco Melis'],
    ],
  ]);
});
