/**
 * A body named in lowercase words opening its clause and closed by a place's capitals ("La préfecture de la Manche a
 * indiqué …") is that body by its whole name, not the place its capitals name; a spokesperson's body ("un porte-parole
 * de la préfecture de la Manche") and an organ's ("la direction des Fonderies Vallet") keep their own readings.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a lowercase body name before its verb is the body, not the place closing it', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Le consortium Vents du Sud a été désigné jeudi.',
        'La préfecture maritime de la Manche a indiqué qu’elle réunirait « dans les prochaines semaines » les pêcheurs.',
      ),
      ['préfecture maritime de la Manche'],
    ],
    ['fr', 'La mairie de Valbonne a fait savoir que le chantier serait « terminé avant l’été ».', ['mairie de Valbonne']],
  ]);
});
