import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a quote right after the reporter’s own question answers it: whom it addresses, else who answered before', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'Il sindaco Carlo Berti ha tagliato il nastro. «È un giorno atteso da anni», ha detto Berti.',
        'In tribuna abbiamo incontrato il mister Fabio Landi, 51 anni, al terzo anno sulla panchina del Rovereto.',
        'Mister, se lo aspettava? «Sinceramente no, non così presto». Il segreto? «Il gruppo, prima di tutto, e una difesa che non molla mai».',
      ),
      ['Carlo Berti', 'Fabio Landi', 'Fabio Landi'],
    ],
    [
      'es',
      para(
        '«Ha sido la etapa más dura de mi vida», dijo la ciclista Laura Pineda al cruzar la meta.',
        '¿Y ahora la general? «Estoy a un minuto, todo puede pasar».',
      ),
      ['Laura Pineda', 'Laura Pineda'],
    ],
  ]);
});
