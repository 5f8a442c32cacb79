/**
 * Indonesian roles with a body's remit: one word set off by commas after a title and its remit is the person holding it,
 * and a role of a company ("Direktur Operasional perusahaan itu, …") names someone of it, not the company.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a title with its remit, then one word between commas: that word is the holder', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'BANDUNG – Harga beras di pasar induk naik lagi pekan ini.',
        'Ketua Asosiasi Pedagang Beras Jawa Barat, Sutrisno, menilai kenaikan harga masih wajar. "Pedagang kecil juga terjepit, margin kami tipis sekali," katanya.',
      ),
      ['Sutrisno'],
    ],
  ]);
});

describe('"kata perusahaan itu" after a role of the company: the company, not the role holder', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'JAKARTA – Produsen beras kemasan PT Sinar Tani Makmur mengurangi produksi. Direktur Operasional perusahaan itu, Yusuf Hidayat, mengatakan harga gabah naik. "Kami terpaksa mengurangi produksi," ujar Yusuf.',
        '"Kami tetap menjamin pasokan ke pasar tradisional selama Ramadan," kata perusahaan itu dalam keterangan tertulis.',
      ),
      ['Yusuf Hidayat', 'PT Sinar Tani Makmur'],
    ],
  ]);
});
