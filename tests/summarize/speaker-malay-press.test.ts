/** Speakers in Malay wire copy: bodies named with a link word or a branch. */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a body whose name goes on past a lowercase link, then its statement', () => {
  creditsSpeakers([
    // "dan" inside the name: the body's noun opens the capitals before it, so they are one name.
    [
      'ms',
      para(
        'Sementara itu, Jabatan Pengairan dan Saliran (JPS) Pahang dalam satu kenyataan berkata kontraktor sudah diberi notis.',
        '"JPS sedang menilai pelan pemulihan yang dikemukakan kontraktor," menurut kenyataan itu.',
      ),
      ['Jabatan Pengairan dan Saliran Pahang'],
    ],
    // "cawangan": a branch of the body, no title before a person's name.
    [
      'ms',
      para(
        'Persatuan Hotel Malaysia (MAH) cawangan Kedah-Perlis dalam satu kenyataan menggesa kerajaan memberi insentif.',
        '"Permintaan ada, tetapi tanpa insentif syarikat tidak akan datang," menurut kenyataan itu.',
      ),
      ['Persatuan Hotel Malaysia cawangan Kedah-Perlis'],
    ],
  ]);
});
