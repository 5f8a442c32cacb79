/**
 * A name set off by commas right after a spokesperson's word ("Sa porte-parole, Inès Morand, dénonce …") is the
 * spokesperson, a person: no body a later body's noun ("un porte-parole de la préfecture") could mean.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a name apposed to a spokesperson word alone is the spokesperson, not a body', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Un collectif a lancé une pétition. Sa porte-parole, Inès Morand, dénonce « un projet décidé sans nous ».',
        'Les travaux doivent débuter en janvier. Un porte-parole de la préfecture précise que le séjour sera « de l’ordre de six mois ».',
      ),
      ['Inès Morand', 'préfecture'],
    ],
  ]);
});
