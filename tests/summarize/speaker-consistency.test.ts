/**
 * The article-wide consistency of credits: a credited speaker is someone the article presents as speaking, and a
 * credit to a name only mentioned near the quote gives way to the speaker around it.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, languagePack } from '../../src/lang/index.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { presentedSpeaking } from '../../src/summarize/speaking-speakers.js';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

const lex = lexiconFor(languagePack('id')!);
const speaking = (name: string, text: string, tie: 'loose' | 'strict' = 'loose'): boolean => presentedSpeaking(name, text, lex, [], tie);

describe('a name the article presents as speaking', () => {
  it('speaks as the subject of its own speech verb, past an apposition', () => {
    expect(speaking('Dewi Lestari', 'Ketua koperasi, Dewi Lestari, menilai harga pupuk terlalu tinggi.', 'strict')).toBe(true);
  });
  it('speaks after a speech verb and its role, by its given name alone too', () => {
    expect(speaking('Dewi Lestari', 'Harga naik lagi, kata Ketua Koperasi Tani Makmur, Dewi.', 'strict')).toBe(true);
  });
  it('is only mentioned at the end of a noun after a speech verb, or inside a longer name', () => {
    const text = 'Ia meminta bupati meninjau izin kebun di lereng Gunung Sirna Galih. Jalan Sukamaju rusak berat.';
    expect(speaking('Gunung Sirna Galih', text)).toBe(false);
    expect(speaking('Sukamaju', text)).toBe(false);
  });
  it('speaks when any of the people a joint credit names does', () => {
    expect(speaking('Budi Santoso dan Rina Wati', 'Rina Wati mengatakan panen gagal.')).toBe(true);
  });
});

describe('a credit to a name only mentioned near the quote goes to the speaker acting there', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'Anggota DPRD Jawa Tengah, Bagus Prakoso, menilai banjir tak lepas dari alih fungsi lahan. Ia meminta bupati mencabut izin kebun di lereng Gunung Sirna Galih. "Setiap tahun kita bicara soal hulu, tetapi izin baru tetap keluar," tegas politikus itu.',
      ),
      ['Bagus Prakoso'],
    ],
  ]);
});

describe('one person per role: a portfolio in brackets after a name is no short form of it, so the role resolves to that person', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        'Wethouder Jeroen Brinkman (Wonen) zegde toe dat er een buurtcommissie komt. "De omwonenden krijgen een vaste contactpersoon", aldus Brinkman.',
        'VVD-fractievoorzitter Henk Dijkstra was teleurgesteld. "Niemand is tegen opvang", zei hij.',
        'Volgens Dijkstra heeft het college de buurt te laat betrokken. "We hebben vier informatieavonden gehouden", reageerde de wethouder.',
      ),
      ['Jeroen Brinkman', 'Henk Dijkstra', 'Jeroen Brinkman'],
    ],
  ]);
});

describe('a spokesperson of "the fund" speaks for the health insurer the article names', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Das Amtsgericht Lübeck hat einen Zahnarzt wegen Abrechnungsbetrugs verurteilt. Richterin Anne Wolter sprach von einem klaren Fall.',
        'Die Innungskrankenkasse IKK Holstein, der ein Schaden von 400.000 Euro entstand, begrüßte das Urteil. „Wir prüfen Abrechnungen inzwischen strenger“, sagte ein Sprecher der Kasse.',
      ),
      ['Innungskrankenkasse IKK Holstein'],
    ],
  ]);
});

describe('Indonesian copy using words Malay shares ("boleh", "semula") is read as Indonesian, its credits read with its own verbs', () => {
  it('detects Indonesian', () => {
    expect(
      detectLanguage(
        'Proyek itu semula ditargetkan selesai tahun depan. Warga menolak harga yang ditawarkan. "Tidak ada yang boleh dipaksa," kata kepala desa. Pemda akan menemui warga minggu depan.',
      ),
    ).toBe('id');
  });
});

describe('a spokesperson after a sentence opened by a health insurer speaks for that insurer', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        'Het ziekenhuis in Emmen sluit de kraamafdeling. Vakbond FNV spreekt van een slechte dag. "Niemand heeft het personeel iets gevraagd", zegt bestuurder Kees Mulder.',
        'Zorgverzekeraar Zuidzorg, die de meeste zorg in de regio inkoopt, steunt het besluit. "Een grotere afdeling is veiliger", laat een woordvoerder weten.',
      ),
      ['Kees Mulder', 'Zorgverzekeraar Zuidzorg'],
    ],
  ]);
});

describe("a speech verb past a few words of its subject's clause ties the subject to speech", () => {
  it('ties the subject of "yang berdiri di sebelahnya enggan mengulas"', () => {
    const ms = lexiconFor(languagePack('ms')!);
    const text = 'Jurulatih Zamri Yusof yang berdiri di sebelahnya enggan mengulas soal gaji.';
    expect(presentedSpeaking('Zamri Yusof', text, ms, [], 'strict')).toBe(true);
  });
});
