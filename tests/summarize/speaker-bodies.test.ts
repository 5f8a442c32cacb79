import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe("a body's name around its noun", () => {
  creditsSpeakers([
    // A place after its preposition is where the body acts, no part of its name.
    [
      'de',
      'Die Gewerkschaft Verdi rief zum Streik auf. Die Gewerkschaft in Bayern sprach von großer Beteiligung. „Wir lassen nicht locker“, hieß es aus der Gewerkschaft.',
      ['Gewerkschaft Verdi'],
    ],
    // The words after bracketed initials name the branch's place.
    [
      'ms',
      'Jabatan Kerja Raya (JKR) Pahang menutup jalan itu selepas tanah runtuh. "Kerja pembaikan mengambil masa seminggu," kata jabatan itu dalam satu kenyataan.',
      ['Jabatan Kerja Raya Pahang'],
    ],
    // Where lowercase nouns compound, a capitalized compound ending in the noun is a body's name; the latest one is meant.
    [
      'nl',
      'Het Sint Anna Ziekenhuis en het Rivierenziekenhuis praten over een fusie. In het Rivierenziekenhuis is men positief. "We zien vooral voordelen", aldus het ziekenhuis.',
      ['Rivierenziekenhuis'],
    ],
  ]);
});

describe("a body's noun for a body named short", () => {
  creditsSpeakers([
    // A CV is a company too, as a PT is (named past its legal form).
    [
      'id',
      'Sebagian dana mengalir ke CV Maju Karya, kontraktor jalan desa. Perusahaan itu membantah terlibat. "Kami hanya menerima pembayaran sesuai kemajuan pekerjaan," demikian keterangan tertulis perusahaan.',
      ['Maju Karya'],
    ],
    // A title word inside the company's name ("Pangan"), the name given whole twice: no person's title, the name goes on.
    [
      'id',
      'BPOM menarik mi instan produksi PT Sinar Pangan Nusantara dari pasar. Produk PT Sinar Pangan Nusantara beredar di sebelas provinsi. Perusahaan menyatakan bertanggung jawab. "Kami memohon maaf kepada konsumen," kata perusahaan itu dalam keterangan tertulis.',
      ['PT Sinar Pangan Nusantara'],
    ],
    // The initials of the noun's words open the body's initials.
    ['id', 'Tiga korban dibawa ke RSUD Wates, Kulon Progo. "Dua pasien masih dirawat intensif," kata juru bicara rumah sakit itu.', ['RSUD Wates']],
    // A clipped word the pack lists for the noun's kind.
    ['id', 'Polres Kota Tegal menangkap dua tersangka pencurian motor. "Kami masih mencari pelaku ketiga," kata polisi.', ['Polres Kota Tegal']],
    [
      'id',
      'Pemkot Bogor menutup Pasar Anyar sementara. "Pedagang akan kami pindahkan ke Jalan Dewi Sartika," kata juru bicara pemerintah itu.',
      ['Pemkot Bogor'],
    ],
    [
      'id',
      'Dinkes Kota Depok mencatat 120 kasus demam berdarah sejak Januari. "Warga diminta menguras bak mandi seminggu sekali," kata juru bicara dinas itu.',
      ['Dinkes Kota Depok'],
    ],
    ['id', 'Kemenkes mengirim 20.000 dosis vaksin ke Cianjur. "Stok vaksin cukup," kata juru bicara kementerian itu.', ['Kemenkes']],
    // A company by its legal form.
    [
      'id',
      'BPOM menarik kecap produksi PT Sumber Rasa Jaya dari pasar. Perusahaan menyatakan bertanggung jawab. "Kami memohon maaf," kata perusahaan itu.',
      ['PT Sumber Rasa Jaya'],
    ],
  ]);
});

describe("a body's noun capitalized only to open the sentence", () => {
  creditsSpeakers([
    [
      'id',
      'Korban dilarikan ke Rumah Sakit Umum Daerah (RSUD) Wonosari. Rumah sakit itu juga meminta warga mendonorkan darah. "Stok darah kami menipis," demikian keterangan rumah sakit itu.',
      ['Rumah Sakit Umum Daerah Wonosari'],
    ],
  ]);
});

describe('which named body a noun means', () => {
  creditsSpeakers([
    // A body first named by a noun of the kind ("coöperatie" for "het bedrijf"), with a street named since.
    [
      'nl',
      'Zuivelcoöperatie Melkweg sluit haar fabriek aan de Dokweg in Sneek. Het bedrijf wil kosten besparen. ‘Voor de boeren verandert niets’, laat het bedrijf weten.',
      ['Zuivelcoöperatie Melkweg'],
    ],
    // The noun goes on meaning the body it meant while it recurs, a body named short in between notwithstanding.
    [
      'nl',
      'Bij de fabriek in Venlo verdwijnen 200 banen. Dat zegt bestuurder Anouk Visser van FNV Metaal. De bond spreekt van een "zwarte dag". Volgens het bedrijf VHT is er geen keus. De vakbond in Limburg komt maandag bijeen. "We gaan niet stilzitten", zegt de bond.',
      ['FNV Metaal', 'FNV Metaal'],
    ],
    // A body of another kind that spoke last is not what "das Unternehmen" means.
    [
      'de',
      'Die Gewerkschaft IG BAU rief die Beschäftigten zum Warnstreik auf. „Der Betrieb läuft normal weiter“, teilte das Unternehmen mit.',
      ['Unternehmen'],
    ],
  ]);
});

describe('a spokesperson with no body named', () => {
  creditsSpeakers([
    // The body opening the sentence before speaks through them, not the one that spoke last; a pronoun after means it too.
    [
      'de',
      'Ein Sprecher der Feuerwehr sagte: „Der Brand ist gelöscht.“ Das Umweltministerium in Mainz verwies auf laufende Messungen. Die Werte lägen unter den Grenzwerten, sagte eine Sprecherin. „Wir prüfen jeden Hinweis“, fügte sie hinzu.',
      ['Feuerwehr', 'Umweltministerium'],
    ],
    // A body's branch or regional office speaks for the body.
    [
      'de',
      'Die Brücke wird ab Montag gesperrt, teilte die Autobahn GmbH mit. „Die Prüfung dauert mehrere Wochen“, sagte ein Sprecher der Niederlassung Westfalen.',
      ['Autobahn GmbH'],
    ],
  ]);
});

describe("an ordinal, an approximation word or a preposition opening a sentence is no body a body's noun means", () => {
  creditsSpeakers([
    [
      'it',
      "La Ristoservice gestisce la mensa dell'ospedale da sei anni. Terzo giorno di sciopero tra i cuochi.\n\n«Abbiamo garantito i pasti ai pazienti», ha fatto sapere l'azienda.",
      ['Ristoservice'],
    ],
    [
      'it',
      "La Ristoservice gestisce la mensa dell'ospedale da sei anni. Sulla vicenda in città si discute da giorni.\n\n«Abbiamo garantito i pasti ai pazienti», ha fatto sapere l'azienda.",
      ['Ristoservice'],
    ],
    [
      'en',
      'The strike is against Brightwell, which runs the canteen. Nearly 200 cooks stayed home.\n\n"Patients have been fed," the company said.',
      ['Brightwell'],
    ],
  ]);
});
