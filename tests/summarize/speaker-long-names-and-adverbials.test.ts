import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences for speakers named late or at length in Spanish and Portuguese copy: courts, emergencies, studies, sport. */
describe('an ordinal inside the time phrase between the speech verb and its subject', () => {
  // "a primera hora" is when, not a role ("primera ministra"): the subject after it speaks, and the inner credit goes on with them.
  creditsSpeakers([
    [
      'es',
      para(
        'Las lluvias han dejado sin luz a tres barrios de Lorca.',
        '«Nunca habíamos visto tanta agua en la rambla», declaró a primera hora de la tarde el concejal de Seguridad, Tomás Quiles Navarro, tras visitar la zona. «El agua —añadió— llegó a los primeros pisos».',
      ),
      ['Tomás Quiles Navarro', 'Tomás Quiles Navarro', 'Tomás Quiles Navarro'],
    ],
  ]);
});

describe('a second surname with its particle after a given name that has one', () => {
  // "María del Pilar Ruiz de la Cueva": the given name's particle does not close the name, a surname after the next one goes on.
  // Galician and Portuguese particles ("do", "dos") join Spanish names too.
  creditsSpeakers([
    [
      'es',
      para(
        'La jueza de Gijón, María del Pilar Ruiz de la Cueva, archivó la causa contra el exalcalde.',
        '«No hay indicios de delito», escribió en su auto. «Las pruebas son insuficientes», señaló la magistrada, María del Pilar Ruiz de la Cueva.',
        '«Recurriremos», anunció el abogado de la acusación, Anxo Pereira do Rego.',
      ),
      ['María del Pilar Ruiz de la Cueva', 'María del Pilar Ruiz de la Cueva', 'Anxo Pereira do Rego'],
    ],
  ]);
});

describe('one of two full names joined by a conjunction that is also a name particle', () => {
  // "Lía Couto Ferreiro y Marta dos Reis Lago" reads as one name ("y" joins Ortega y Gasset too): the pair speaks together,
  // but a surname later means the one half holding it, a first surname with its particle too ("Dos Reis").
  creditsSpeakers([
    [
      'es',
      para(
        'Las geólogas Lía Couto Ferreiro y Marta dos Reis Lago firmaron el informe sobre el deslizamiento.',
        '«La ladera se mueve dos centímetros al año», explicaron ambas.',
        'Couto recordó que el talud ya cedió en 2010. «Hay que vaciar las casas de abajo», afirmó la geóloga.',
        '«Seguiremos midiendo cada semana», concluyó Dos Reis.',
      ),
      ['Lía Couto Ferreiro y Marta dos Reis Lago', 'Lía Couto Ferreiro', 'Marta dos Reis Lago'],
    ],
  ]);
});
