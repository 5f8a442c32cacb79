/**
 * A role's gendered form ("die Angeklagte", "Richterin") tells whom it and a pronoun after it mean: never a person the
 * article marks with the other gender, and a role opening the pronoun's paragraph before one that is not named there.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a gendered role and the pronoun after it mean a person of that gender', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Kiel. Vor dem Amtsgericht muss sich seit Montag Petra Albers verantworten. Ihr wird Untreue vorgeworfen.',
        'Die Angeklagte, die von dem Anwalt Jörg Wenzel verteidigt wird, äußerte sich selbst. „Ich habe niemandem schaden wollen“, sagte sie.',
      ),
      ['Petra Albers'],
    ],
    [
      'de',
      para(
        'Kiel. Vor dem Amtsgericht muss sich seit Montag Petra Albers verantworten. Ihr wird Untreue vorgeworfen.',
        'Die Angeklagte, die von dem Anwalt Jörg Wenzel verteidigt wird, wirkte gefasst. „Das Geld habe ich nie angerührt“, sagte die Angeklagte.',
      ),
      ['Petra Albers'],
    ],
    [
      'de',
      para(
        'Kiel. Der Prozess gegen Petra Albers geht weiter. Staatsanwältin Eva Lorenz sprach von einem klaren Fall.',
        'Die Angeklagte selbst hatte am Vormittag um Nachsicht gebeten. „Ich wollte nur die Firma retten“, sagte sie unter Tränen.',
      ),
      ['Petra Albers'],
    ],
  ]);
});
