/** Speakers in regional copy: forms the s69–s81 batches brought that the rules had not met. */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a denial is reported speech: "menafikan" credits its subject, whom a later "jurucakap itu" or statement means', () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'Seorang jurucakap Syarikat Bas Lembah Hijau (SBLH) menafikan dakwaan penduduk.',
        '"Jadual perjalanan tidak pernah diubah tanpa notis," kata jurucakap itu.',
      ),
      ['Syarikat Bas Lembah Hijau'],
    ],
    [
      'ms',
      para(
        'Pengusaha kilang, Lestari Kertas Sdn Bhd dalam satu kenyataan menafikan mencemarkan sungai.',
        '"Sisa kami dirawat sepenuhnya sebelum dilepaskan," menurut kenyataan itu.',
      ),
      ['Lestari Kertas Sdn Bhd'],
    ],
  ]);
});

describe('a spokesperson word of two words ("juru bicara") speaks for the body named with it', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'Juru bicara Badan Pengawas Pelabuhan (BPP) mengatakan pihaknya memeriksa semua kapal.',
        '"Pemeriksaan berjalan setiap hari," kata juru bicara BPP itu.',
      ),
      ['Badan Pengawas Pelabuhan'],
    ],
    [
      'id',
      para(
        'Juru bicara Badan Pengawas Pelabuhan (BPP) mengatakan pihaknya memeriksa semua kapal.',
        '"Pemeriksaan berjalan setiap hari," ujar juru bicara BPP tersebut.',
      ),
      ['Badan Pengawas Pelabuhan'],
    ],
  ]);
});

describe('a Dutch surname alone capitalizes its particle: "aldus Van Achter" is the person named "Van Achter" in full', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        'Voorzitter Joris Van Hamme bevestigde dat de club geld zoekt.',
        'Een investeerder, Northgate Capital, zou willen instappen. "Er zijn gesprekken", aldus Van Hamme.',
      ),
      ['Joris Van Hamme'],
    ],
    [
      'nl',
      para('Schepen Lotte De Meyer opent de nieuwe brug.', 'Het bouwbedrijf Aanneming Noord leverde het werk. "Het was een lastige klus", zegt De Meyer.'),
      ['Lotte De Meyer'],
    ],
  ]);
});

describe('a person a copula brings into the story ("Among them was X", "Een van hen is X") is whom the next pronoun means', () => {
  creditsSpeakers([
    [
      'en',
      para(
        '"We fought for this ferry for years," said Helen Marsh, who chaired the campaign.',
        'Among the first to board was Owen Pritchard, a 19-year-old student. "I used to cycle an hour each way," he said.',
      ),
      ['Helen Marsh', 'Owen Pritchard'],
    ],
    [
      'nl',
      para(
        '"Dit project kostte ons vier jaar", zegt wethouder Sander Kuipers.',
        'Een van de vrijwilligers is melkveehouder Bram Wessels, bij wie de eerste bomen werden geplant. "Ik kom hier al sinds de eerste dag", vertelt hij.',
      ),
      ['Sander Kuipers', 'Bram Wessels'],
    ],
  ]);
});
