/** An object clitic alone before a speech verb ("Lui répond X : «…»"): to whom it was said; the name after the verb is who said it. */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a lone clitic before the verb is no subject: the name after the verb speaks', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Le recteur Karim Benhaddou a défendu la réforme devant les syndicats. « Nous ajoutons des heures supplémentaires », a-t-il assuré.',
        "Lui répond aussitôt Nathalie Berthomieu : « Des heures supplémentaires, nos collègues en font déjà jusqu'à l'épuisement. »",
      ),
      ['Karim Benhaddou', 'Nathalie Berthomieu'],
    ],
    [
      'fr',
      para(
        'Le maire Jean Morel a vanté le nouveau parking. « Le centre-ville respire enfin », a-t-il lancé.',
        'Lui rétorque Sophie Lagarde : « Le centre-ville respire, mais les commerces ferment les uns après les autres. »',
      ),
      ['Jean Morel', 'Sophie Lagarde'],
    ],
  ]);
});
