import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a lone given name with an age set off by the language’s own phrase is a person, a passer-by who speaks', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Le maire, Paul Girard, a défendu le projet. « Nous avons tenu nos promesses envers les habitants », a-t-il déclaré.',
        'Sur le marché, Yvette, 68 ans, fait ses courses. « Je ne vois aucun changement dans mon quartier », soupire-t-elle.',
      ),
      ['Paul Girard', 'Yvette'],
    ],
    [
      'it',
      para(
        'Il sindaco Marco Bianchi difende il piano. «Abbiamo fatto tutto quello che avevamo promesso», ha detto.',
        'Davanti al mercato c’è Rosa, 68 anni, pensionata. «Qui non è cambiato niente da anni», racconta.',
      ),
      ['Marco Bianchi', 'Rosa'],
    ],
  ]);
});

describe('a kinship word in apposition marks the gender, unlike a role a woman may hold in its masculine form', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Le procureur, Paul Morel, a ouvert l’audience. « Les faits sont graves et établis », a-t-il indiqué.',
        "Mercredi, c'est Samia Haddad qui est venue témoigner. Elle a perdu son frère, Yacine, 29 ans, dans l'incendie. « Il m'a appelée en pleine nuit et ensuite plus rien », a-t-elle raconté.",
      ),
      ['Paul Morel', 'Samia Haddad'],
    ],
  ]);
});
