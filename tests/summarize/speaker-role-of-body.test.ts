/**
 * A role followed by the body it is of ("il tecnico della Pedemontana"), and a person brought in by a noun's "of"
 * ("il commento di Giorgio Abate"): the person who holds the role speaks, not the body, and not a guess past them.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a body read from a particle no surname holds in lowercase is what the role is of, not its holder', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'La Virtus Pedemontana ha perso 3-1 in casa del Castelferro.',
        'Giorgio Abate allarga le braccia a fine gara. «Abbiamo regalato un tempo intero, e contro una squadra così non puoi permettertelo», ammette il tecnico della Pedemontana.',
      ),
      ['Giorgio Abate'],
    ],
  ]);
});

describe('a full name after a noun and its bare "of" is whom a later role means', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'La Virtus Pedemontana ha perso 3-1 in casa del Castelferro.',
        "Amaro, dall'altra parte, il commento di Giorgio Abate. «Abbiamo regalato un tempo intero, e contro una squadra così non puoi permettertelo», ammette il tecnico.",
      ),
      ['Giorgio Abate'],
    ],
  ]);
});

describe('a rider is a role: the winner named before, not his team', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'La tappa è andata a Davide Morlacchi, 24 anni, al primo successo da professionista.',
        "«Ho sofferto come un cane, ma quando ho visto che dietro si guardavano ho capito che era il momento», ha detto il corridore della Orobica Cycling all'arrivo.",
      ),
      ['Davide Morlacchi'],
    ],
  ]);
});
