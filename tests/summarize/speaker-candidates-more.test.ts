/**
 * Words that are something else in the lexicon but part of a person's name by the words around them: a day or month
 * name inside a Malay name, a given name that is a month or a surname that is a title where both are written lowercase;
 * and the name a later short form or an apposition after an age stands for.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a calendar word between name words, or closing a name before a comma, is part of the name', () => {
  creditsSpeakers([
    ['ms', 'Pengurus kelab, Rosli Isnin Hamid, berkata pasukan akan bangkit. "Kami tidak akan menyerah," katanya.', ['Rosli Isnin Hamid']],
    ['ms', 'Pengarah bomba negeri, Datuk Kamal Jumaat, berkata api sukar dikawal. "Angin terlalu kencang," katanya.', ['Kamal Jumaat']],
    ['id', 'Ketua panitia, Hendra Selasa Wibowo, menyebut acara tetap berjalan. "Tiket sudah habis terjual," ujarnya.', ['Hendra Selasa Wibowo']],
  ]);
});

describe('the name word and calendar word found in a name are that name again', () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'Pendakwaan dikendalikan Timbalan Pendakwa Raya, Faizal Rabu Hashim, manakala tertuduh diwakili peguam.',
        'Faizal Rabu memohon jaminan yang tinggi. "Tertuduh mungkin melarikan diri," katanya.',
      ),
      ['Faizal Rabu Hashim'],
    ],
  ]);
});

describe('a calendar word after a name with no comma or name after it stays a date', () => {
  creditsSpeakers([
    [
      'ms',
      'Menteri itu, Hamzah Zainal, hadir di majlis berkenaan. Hamzah Zainal Khamis lalu berkata kerajaan akan membantu. "Bantuan akan sampai minggu ini," katanya.',
      ['Hamzah Zainal'],
    ],
  ]);
});

describe('where titles and dates are written lowercase, a capitalized one beside a name word is part of the name', () => {
  creditsSpeakers([
    ['es', '«Hemos cumplido con todo lo pactado», afirmó el director de la planta, Julio Ibarra Soto.', ['Julio Ibarra Soto']],
    ['es', 'La jefa de servicio, Marta Rey Varela, habló con los vecinos. «No tenemos camas libres desde el lunes», lamentó.', ['Marta Rey Varela']],
    ['fr', '« Nous avons tout tenté pour garder le site », a déclaré la directrice, Avril Dumas.', ['Avril Dumas']],
  ]);
});

describe('a lone surname that is also a title, or the first of two surnames, is the person named in full before', () => {
  creditsSpeakers([
    [
      'es',
      para(
        'El juicio contra la exalcaldesa Marta Rey Varela comenzó este lunes en la Audiencia.',
        '«Nunca firmé un contrato sin informe técnico», aseguró Rey ante el tribunal.',
      ),
      ['Marta Rey Varela'],
    ],
    [
      'es',
      para('La acusada, Lucía Ortega Blanco, llegó acompañada de su abogado.', '«Yo solo cumplía órdenes», insistió Ortega durante su declaración.'),
      ['Lucía Ortega Blanco'],
    ],
  ]);
});

describe('a name after a former holder’s title and its remit starts where its first words recur', () => {
  creditsSpeakers([
    [
      'es',
      para(
        'La Fiscalía acusa al exconcejal de Urbanismo de Soria Tomás Gil Pardo de cobrar comisiones.',
        'Tomás Gil negó los hechos ante el tribunal. «Jamás cobré un euro de nadie», afirmó.',
      ),
      ['Tomás Gil Pardo'],
    ],
  ]);
});

describe('an age in brackets before a name’s apposition is passed over to the name', () => {
  creditsSpeakers([
    ['id', 'Banyak pedagang merugi. Rukmini (47), pedagang sayur di Pasar Baru, mengatakan dagangannya busuk. "Modal saya habis semua," ujarnya.', ['Rukmini']],
  ]);
});

describe('a role in apposition after a name and its age is that person’s; a former holder’s is not the role', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Le parquet a requis un an de prison contre Hervé Colin, 61 ans, ancien directeur d’une scierie des Vosges.',
        'À la barre, l’ancien directeur a contesté toute négligence. « Je n’ai jamais caché les rapports de sécurité à personne », a-t-il affirmé.',
      ),
      ['Hervé Colin'],
    ],
    [
      'it',
      para(
        'Il Pescara ha esonerato l’allenatore Mirko Sala dopo quattro sconfitte.',
        'La squadra è stata affidata a Luca Ferri, 44 anni, ex tecnico del Teramo, che ha firmato fino a giugno.',
        'Il tecnico ha salutato i tifosi sui social: «Lascio un gruppo sano che merita la salvezza».',
      ),
      ['Mirko Sala'],
    ],
  ]);
});

describe('a place heading a name, and a remit before a given name called alone, are not the person’s name', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'Banjir merendam Kecamatan Sragen di Kabupaten Sragen sejak Senin.',
        'Bupati Sragen Wahyu Kristanto meninjau lokasi pengungsian. "Semua warga harus mendapat makanan hari ini," tegasnya.',
      ),
      ['Wahyu Kristanto'],
    ],
    [
      'id',
      para(
        'Kepala Dinas Sosial dan Pemberdayaan Masyarakat Kabupaten Sragen Agus Widodo menyiapkan dapur umum.',
        'Menurut Agus, stok beras cukup untuk sepekan. "Kami juga menambah relawan di setiap posko," katanya.',
      ),
      ['Agus Widodo'],
    ],
  ]);
});

describe('a name set off by commas after an opening phrase and a short lowercase role opens its clause', () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'Hakim Mazlan Idris membenarkan jaminan RM20,000. "Syarat ini mesti dipatuhi," kata hakim itu.',
        'Di luar mahkamah, anak tertuduh, Siti Hajar Osman, enggan bercakap panjang. "Kami serahkan kepada peguam," katanya.',
      ),
      ['Mazlan Idris', 'Siti Hajar Osman'],
    ],
  ]);
});
