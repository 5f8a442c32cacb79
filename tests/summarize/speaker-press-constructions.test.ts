import { describe, expect, it } from 'vitest';
import { creditsSpeakers, para, speakersOf } from '../helpers/speaker-cases.js';

/** Made-up sentences for attribution constructions of German, Dutch, English, Indonesian and Malay copy, one rule each. */
describe('a source word opening a sentence', () => {
  // "Laut" capitalized at the start is "according to", not a given name: the surname is the minister's.
  creditsSpeakers([
    [
      'de',
      para(
        'Die Ministerin Petra Wohlgemuth besuchte am Montag das Klärwerk.',
        'Laut Wohlgemuth ist der Umbau „eine Investition in die nächste Generation“. Sie kündigte weitere Mittel an.',
      ),
      ['Petra Wohlgemuth'],
    ],
  ]);
});

describe('an administrative unit heading capitalized words', () => {
  // "Desa", "Kecamatan", "Kampung" head a place where the resident lives: the pronoun of the quote means the resident.
  creditsSpeakers([
    [
      'id',
      para(
        'Banjir melanda tiga desa di Garut.',
        'Salah seorang korban, Euis Kartini (41), warga Desa Cikupa, Kecamatan Wanaraja, mengaku kehilangan rumahnya. "Semua barang kami hanyut terbawa arus," katanya.',
      ),
      ['Euis Kartini'],
    ],
    [
      'ms',
      para(
        'Hujan lebat menyebabkan banjir kilat di Kedah.',
        'Rohana Salleh, 47, penduduk Kampung Sungai Limau, Mukim Jerlun, berkata air naik dengan cepat. "Kami tak sempat alihkan barang," katanya.',
      ),
      ['Rohana Salleh'],
    ],
  ]);
});

describe('a role whose remit ends in capitals, then a name after its comma', () => {
  // The capitals closing the role are its body or place; the person is the name in apposition that ends the clause.
  creditsSpeakers([
    ['id', 'Api melalap sebuah gudang di Bogor. "Petugas kami tiba sepuluh menit setelah laporan," ujar Kepala Pos Pemadam Cibinong, Teguh.', ['Teguh']],
    ['de', 'In Kassel wurde gestreikt. „Wir geben nicht auf“, sagte die Bevollmächtigte der IG Bau Kassel, Renate Lorenz.', ['Renate Lorenz']],
  ]);
});

describe("a body's noun and a place after its preposition", () => {
  // The place is where the body sits: the noun means the body the article named, not one called after the place.
  creditsSpeakers([
    [
      'de',
      'Das hessische Umweltministerium reagierte prompt. „Wir prüfen den Vorfall mit aller Sorgfalt“, teilte das Ministerium in Wiesbaden mit.',
      ['Umweltministerium'],
    ],
  ]);
});

describe("a body's noun standing for the body the article named", () => {
  const filler = 'Die Tribüne war bis auf den letzten Platz gefüllt, und die Stimmung blieb bis zum Schlusspfiff ausgelassen. '.repeat(7);
  creditsSpeakers([
    // "der Gewerkschaft" is the union the article named, as "des Vereins" is the club.
    [
      'de',
      'Die IG Chemie rief am Montag zum Warnstreik auf. „Wir lassen uns diese Kürzungen nicht bieten“, hieß es in einer Mitteilung der Gewerkschaft.',
      ['IG Chemie'],
    ],
    // However far back the article named it.
    ['de', para('Der SC Lindenau steht im Halbfinale.', filler, '„Karten gibt es erst nach der Auslosung“, hieß es vom Verein.'), ['SC Lindenau']],
    // Its genitive after a statement ("einer Stellungnahme des Vereins") too.
    [
      'de',
      para('Der Hamburger SV trennt sich von seinem Trainer.', '„Wir danken ihm für seine Arbeit“, hieß es in einer Stellungnahme des Vereins.'),
      ['Hamburger SV'],
    ],
  ]);
});

describe('"the company said" after a wire lead', () => {
  // The body is the lead's subject: past the dateline and a lowercase kind of body ("Snack maker"),
  // or credited in its own sentence by its noun ("…, the Danish-owned group said").
  creditsSpeakers([
    [
      'en',
      para(
        'OSLO, May 2 (Reuters) - Brenna Foods will shut its bakery in Leeds, cutting jobs, the Danish-owned group said on Friday.',
        'The company said in a statement that demand had fallen. "We regret the impact this will have on our staff," the statement said.',
      ),
      ['Brenna Foods'],
    ],
    [
      'en',
      para(
        'May 2 (Reuters) - Snack maker Brenna Foods said on Friday it would shut its bakery in Leeds, a blow to the Yorkshire-wide push for jobs.',
        'The plant will close in June, the company said in a statement.',
        '"We regret the impact this will have on our staff," the statement said.',
      ),
      ['Brenna Foods'],
    ],
  ]);
});

describe("capitalized words ending in a body's noun", () => {
  // "the Riverside Allotment Society" is a body: the pronoun after it means the person named before.
  creditsSpeakers([
    [
      'en',
      'The council voted to sell the land. According to Joan Platt, chair of the Riverside Allotment Society, members were furious. "Nobody asked us," she said.',
      ['Joan Platt'],
    ],
  ]);
});

describe('a spokesperson for a body by its noun, after the byline and the dateline', () => {
  // The body opens the lead past its dateline, a line after the byline; "sie" after its spokeswoman spoke is the body, not the chief before.
  creditsSpeakers([
    [
      'de',
      [
        'Von Anna Roth',
        'KASSEL – Der Zulieferer Wendel Hydraulik will 300 Stellen streichen. „Wir haben keine Wahl“, sagte Vorstandschef Jonas Brand.',
        'Eine Sprecherin des Konzerns bestätigte, dass Kündigungen möglich seien. „Wir prüfen zunächst alle anderen Optionen“, sagte sie.',
      ].join('\n'),
      ['Jonas Brand', 'Wendel Hydraulik'],
    ],
  ]);
});

describe("a body's name joined by a conjunction", () => {
  // Past its common noun, the name goes on over "and" to its last capitalized word.
  creditsSpeakers([
    [
      'en',
      'The Department for Culture and Sport said funding had been doubled. "We want every town to have a pool," a department spokesperson said.',
      ['Department for Culture and Sport'],
    ],
  ]);
});

describe("a spokesperson's body named past a conjunction", () => {
  creditsSpeakers([
    ['ms', '"Kami akan pantau keadaan sepanjang malam," kata jurucakap Jabatan Kebajikan dan Perpaduan Negeri.', ['Jabatan Kebajikan dan Perpaduan Negeri']],
  ]);
});

describe('a whole sentence quoted between the reporter’s own, with no credit', () => {
  // It goes on with the person the paragraph is about, as a paragraph that is only a quote does.
  creditsSpeakers([
    [
      'nl',
      para(
        '‘Het is een gemiste kans’, zegt voorzitter Piet Kok van de zwemclub.',
        'Wethouder Karin Mol sluit niet uit dat het plan terugkomt. ‘Als er geld komt, pakken we het als eerste weer op.’ De raad beslist in mei.',
      ),
      ['Piet Kok', 'Karin Mol'],
    ],
  ]);
});

describe('a paragraph that is only a quote, after a body’s reported speech', () => {
  // The body's spokesperson spoke last, in the reporter's words: the quote goes on with the body, not the person quoted before.
  creditsSpeakers([
    [
      'de',
      para(
        'Bürgermeisterin Eva Kuhn lobte die Helfer. „Sie haben Großes geleistet“, sagte Kuhn.',
        'Ein Sprecher der Bergwacht Bayern sagte, man habe in der Nacht 40 Menschen versorgt. Die Lage sei angespannt.',
        '„Wir bleiben weiter im Einsatz, solange es nötig ist.“',
      ),
      ['Eva Kuhn', 'Bergwacht Bayern'],
    ],
  ]);
});

describe('a genitive body noun before a place in apposition', () => {
  // "des Landeskriminalamts Bayern" is the Landeskriminalamt Bayern.
  creditsSpeakers([['de', '„Die Zahl der Fälle ist deutlich gestiegen“, sagte ein Sprecher des Landeskriminalamts Bayern.', ['Landeskriminalamt Bayern']]]);
});

describe("a body's noun and the place the article gives it", () => {
  // Where nouns are capitalized, only a place the article names ("in Kassel") goes on with the body's noun.
  creditsSpeakers([
    [
      'de',
      para(
        'Die Polizei in Kassel hat zwei Männer festgenommen, teilte die Polizeidirektion Kassel mit. Der Schaden ist hoch.',
        '„Eine Zeugin hat sich das Kennzeichen gemerkt“, heißt es in der Mitteilung der Polizeidirektion.',
      ),
      ['Polizeidirektion Kassel'],
    ],
  ]);
});

describe('to whom the words were said, after the name', () => {
  // "der" after a surname is no particle ("von der Leyen" has one before it): it opens the paper or agency spoken to.
  creditsSpeakers([
    ['de', 'Die Grünen-Politikerin Lea Brandt widersprach. „Das ist schlicht falsch“, sagte Brandt der Deutschen Presse-Agentur.', ['Lea Brandt']],
    ['de', '„Wir sind enttäuscht“, betonte Trainerin Maren Voss.', ['Maren Voss']],
  ]);
});

describe('a numbered body in a role’s remit', () => {
  // "SMPN 3 Depok": the number goes with the initials before it, and the name after the comma is who spoke.
  creditsSpeakers([
    ['id', 'Pihak sekolah membenarkan kejadian itu. "Kami sudah memanggil orang tua siswa," kata Kepala Sekolah SMPN 3 Depok, Nurhayati.', ['Nurhayati']],
  ]);
});

describe("a full name and its affiliation after 'of' before the verb", () => {
  // The body after the link is where the person works; the person speaks, and the pronoun after means them.
  creditsSpeakers([
    [
      'en',
      para('Professor Ruth Adeyemi of Kingsbridge College London said the findings were "a major step forward".', '"We now know where to look," she said.'),
      ['Ruth Adeyemi', 'Ruth Adeyemi'],
    ],
  ]);
});

describe('an age and a hometown set off between the name and the verb', () => {
  creditsSpeakers([['en', 'The storm hit overnight. Megan Hollis, 34, from Grimsby, said: "It was total chaos out there."', ['Megan Hollis']]]);
});

describe("a body's noun ending a compound", () => {
  // Where lowercase nouns compound, "de voetbalbond" is a body's noun: the body the article named.
  creditsSpeakers([
    ['nl', 'De KNVB reageert verbaasd. ‘Wij hebben daar geen signalen over ontvangen’, laat een woordvoerder van de voetbalbond weten.', ['KNVB']],
  ]);
});

describe('a quote-only paragraph after reported speech, with no quote before', () => {
  // The Konjunktiv report credited the speaker: the quote goes on with them.
  creditsSpeakers([
    [
      'de',
      para('Ministerpräsident Jonas Weller sagte, das Land werde klagen. Das Gesetz sei verfassungswidrig.', '„Wir lassen uns das nicht gefallen.“'),
      ['Jonas Weller'],
    ],
  ]);
});

describe('a complaint or a joke as the speech verb', () => {
  creditsSpeakers([
    ['id', '"Harga cabai naik dua kali lipat," keluh Ujang (40), pedagang di Pasar Kosambi.', ['Ujang']],
    ['ms', 'Pelanggan semakin kurang. "Sehari dapat dua penumpang sahaja," keluh pemandu teksi Rahim Osman.', ['Rahim Osman']],
  ]);
});

describe('a fragment closing its sentence before a clause that names nobody', () => {
  // The next sentence's verb ("müsse sagen") is not the fragment's credit: it shares the paragraph's speaker.
  creditsSpeakers([
    [
      'de',
      '„Wir investieren in Schulen und Straßen“, sagte Finanzministerin Petra Lohse im Landtag. Der Entwurf sei „ein Haushalt der Vernunft“. Wer mehr wolle, müsse sagen, wo er sparen wolle.',
      ['Petra Lohse', 'Petra Lohse'],
    ],
  ]);
});

describe('a name in apposition to a spokesperson', () => {
  // The name is the body the spokesperson speaks for: "the spokesperson" later means it.
  creditsSpeakers([
    [
      'ms',
      para(
        'Jurucakap syarikat pemaju, Bayu Hartanah Consortium, berkata kerja-kerja sedang dijalankan.',
        '"Kami sedar kerja-kerja ini menyebabkan kesesakan," kata jurucakap itu.',
      ),
      ['Bayu Hartanah Consortium'],
    ],
  ]);
});

describe('a name given in an apposition after a naming word', () => {
  // "yang hanya mahu dikenali sebagai Aini", "who would only be named as Sarah": the subject is that person, not the place before.
  creditsSpeakers([
    [
      'ms',
      para(
        'Seorang guru di Sekolah Kebangsaan Tenom, yang hanya mahu dikenali sebagai Aini, berkata kelasnya terlalu padat.',
        '"Kadang-kadang kami mengajar 45 murid dalam satu kelas," katanya.',
      ),
      ['Aini'],
    ],
    ['en', 'A nurse at Riverside General, who would only be named as Sarah, said the ward was full. "We had patients in the corridors," she said.', ['Sarah']],
  ]);
});

describe('a second person named between two "he said"', () => {
  // "Moore said officer Lisa Tran had chased …": the name after the subject's speech verb opens what was reported, so "he" is still Moore.
  creditsSpeakers([
    [
      'en',
      'Police Chief Dan Moore said the suspect fled on foot. "We believe he is still in the area," he said. Moore said officer Lisa Tran had chased the man for two blocks. "She did everything right," he said.',
      ['Dan Moore', 'Dan Moore'],
    ],
  ]);
});

describe('a preposition opening a sentence’s adverbial ("Outside court, …") is no body a spokesperson speaks for', () => {
  it('passes over the opener', () => {
    const text =
      'Harwell Foods was fined £2 million on Monday. Outside court, its director declined to comment. A spokesperson for the company said it was "reviewing the ruling".';
    expect(speakersOf(text, 'en')[0]).not.toBe('Outside');
  });
});
