import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('a statement issued by a body named after its participle speaks for that body, not for who spoke last', () => {
  creditsSpeakers([
    [
      'it',
      'Il sindaco Paolo Rinaldi ha parlato a lungo. «Riapriremo a settembre con una mostra nuova», si legge nel comunicato diffuso in serata da Cantine Sorgente.',
      ['Cantine Sorgente'],
    ],
    [
      'it',
      "L'assessore Marco Fedi ha visitato il cantiere. «I lavori finiranno prima dell'inverno», si legge in un comunicato di Strade Valdarno, la società che gestisce l'appalto.",
      ['Strade Valdarno'],
    ],
    [
      'es',
      'El alcalde Pedro Lara habló en el pleno. «Las obras terminarán en otoño», señala el comunicado difundido ayer por Aguas Serranas.',
      ['Aguas Serranas'],
    ],
    [
      'fr',
      'Le maire Paul Girard a pris la parole. « Les travaux reprendront lundi », indique le communiqué diffusé hier par Transports Valmont.',
      ['Transports Valmont'],
    ],
  ]);
});
