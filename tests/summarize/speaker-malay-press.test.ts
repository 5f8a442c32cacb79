/** Speakers in Malay wire copy: bodies named with a link word or a branch, facilities, and a given name used alone. */
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

describe('a facility named as the subject of a sentence is no one "-nya" means', () => {
  creditsSpeakers([
    // A two-word body noun heading the name.
    [
      'ms',
      para(
        'Bagaimanapun, Azhar Mohd Rafie berkata kapasiti penerbangan masih menjadi kekangan. Pada masa ini, Lapangan Terbang Antarabangsa Langkawi hanya menerima 180 penerbangan seminggu.',
        '"Kita ada bilik, tetapi kapal terbang tidak cukup," tegasnya.',
      ),
      ['Azhar Mohd Rafie'],
    ],
    // A port is a body of the pack's.
    [
      'ms',
      para(
        'Bagaimanapun, Azhar Mohd Rafie berkata kapasiti masih menjadi kekangan. Pada masa ini, Pelabuhan Klang Utara hanya menerima 180 kapal seminggu.',
        '"Kita ada kren, tetapi pekerja tidak cukup," tegasnya.',
      ),
      ['Azhar Mohd Rafie'],
    ],
  ]);
});

describe('a given name the person later speaks by, after a comma', () => {
  creditsSpeakers([
    // "Bagaimanapun, Azhar berkata": the given name is the person's, not a word before their name to drop.
    [
      'ms',
      para(
        'Ketua Pegawai Eksekutif Lembaga Pembangunan Langkawi (LADA), Datuk Azhar Mohd Rafie berkata jumlah pelancong meningkat.',
        '"Ini menunjukkan Langkawi sudah kembali," katanya.',
        'Bagaimanapun, Azhar berkata kapasiti penerbangan masih menjadi kekangan utama.',
      ),
      ['Azhar Mohd Rafie'],
    ],
  ]);
});
