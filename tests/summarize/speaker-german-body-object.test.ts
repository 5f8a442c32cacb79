/** A German body's noun before its verb's object ("hat die Polizei eine Bande gefasst"): the object is no part of its name. */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('an indefinite article after a German body noun opens its verb’s object, no name', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Waldheim. Dank einer aufmerksamen Rentnerin hat die Polizei eine Bande von Trickbetrügern gefasst. Drei Männer sitzen in Haft.',
        '„Der Mann hatte Bargeld bei sich“, teilte die Polizei mit.',
      ),
      ['Polizei'],
    ],
  ]);
});
