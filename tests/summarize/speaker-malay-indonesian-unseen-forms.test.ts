/** Speakers in Malay and Indonesian regional copy: forms the s65 batch brought that the rules had not met. */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('one given name set off by commas after "seorang" and a word for people is that person', () => {
  creditsSpeakers([
    ['id', para('Seorang pasien, Warsini, mengaku datang sejak subuh.', '"Saya sakit gula, harus kontrol tiap bulan," keluhnya.'), ['Warsini']],
    ['ms', para('Seorang penduduk, Salmah, berkata air naik dengan cepat.', '"Kami sempat angkat barang ke tingkat atas sahaja," katanya.'), ['Salmah']],
  ]);
});

describe('a title before a place headed by its unit noun says where the person lives, not who they are', () => {
  creditsSpeakers([
    ['id', para('Warsini, warga Kecamatan Bener, mengaku datang sejak subuh. "Saya sakit gula, harus kontrol tiap bulan."'), ['Warsini']],
    [
      'id',
      para('Seorang pasien, Warsini, warga Kecamatan Bener, mengaku datang pukul 04.30.', '"Saya sakit gula, harus kontrol tiap bulan," keluhnya.'),
      ['Warsini'],
    ],
  ]);
});

describe("a body's local level in lowercase after its name, then its statement", () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'Jabatan Pengairan dan Saliran (JPS) daerah dalam satu kenyataan memaklumkan bahawa tebing itu diperiksa pada Mac lalu.',
        '"Runtuhan dipercayai berpunca daripada hakisan tebing," menurut kenyataan itu.',
      ),
      ['Jabatan Pengairan dan Saliran'],
    ],
    [
      'ms',
      para(
        'Jabatan Pengairan dan Saliran negeri dalam satu kenyataan memaklumkan bahawa tebing itu diperiksa pada Mac lalu.',
        '"Runtuhan dipercayai berpunca daripada hakisan tebing," menurut kenyataan itu.',
      ),
      ['Jabatan Pengairan dan Saliran'],
    ],
  ]);
});

describe('a surname that is also a title ("Hakim") closing a name before its comma', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'Dalam konferensi pers itu, Bambang didampingi Kepala Seksi Pidana Khusus, Arief Rahman Hakim, dan Kepala Seksi Intelijen, I Made Wirawan.',
        '"Kami juga akan menelusuri aset tersangka," kata Arief.',
      ),
      ['Arief Rahman Hakim'],
    ],
  ]);
});

describe('a sentence-opening connective is no part of the name after it', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'Kapolres Tanah Merah, AKBP Fadli Rahman, hadir di lokasi.',
        'Adapun Fadli mengatakan, polisi belum menyimpulkan penyebabnya. "Kita tunggu hasilnya," ucapnya.',
      ),
      ['Fadli Rahman'],
    ],
    [
      'ms',
      para(
        'Ketua Polis Daerah, Superintendan Rosli bin Hamid, hadir di lokasi.',
        'Adapun Rosli berkata, siasatan masih dijalankan. "Kami tunggu laporan forensik," katanya.',
      ),
      ['Rosli bin Hamid'],
    ],
  ]);
});

describe('a title with a possessive ending ("Presidennya") before the name in apposition', () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'Persatuan Pengguna Subang (CASSA) membantah kenaikan itu. "Kami sudah menerima lebih 300 aduan sejak awal tahun," kata Presidennya, Dr Ravindran Pillai.',
      ),
      ['Ravindran Pillai'],
    ],
    [
      'id',
      para('Asosiasi Pedagang Pasar membantah kenaikan itu. "Kami sudah menerima ratusan keluhan sejak awal tahun," kata Ketuanya, Budi Santoso.'),
      ['Budi Santoso'],
    ],
  ]);
});

describe('"pernyataan tertulis" and the body\'s noun after it', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'Kementerian Lingkungan Hidup dan Kehutanan menyatakan telah menyegel 23 lokasi konsesi. "Tidak ada toleransi bagi korporasi yang lalai," demikian pernyataan tertulis kementerian yang diterima wartawan.',
      ),
      ['Kementerian Lingkungan Hidup dan Kehutanan'],
    ],
  ]);
});
