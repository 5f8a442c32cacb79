import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';
import type { SpeakerCase } from '../helpers/speaker-cases.js';

/** Made-up sentences, one rule each: the speakers of the quotes, in reading order. */
describe('a quote on an interview’s answer line is said by whom the text introduced before the first question, the first person its paragraph names when its last sentence names no one', () => {
  creditsSpeakers([
    [
      'en',
      para(
        '"We will build the depot," said Nora Quill, the transport chief.',
        '"Fares are too high already," said Owen Barker, a passenger.',
        'Later, in an interview with a local radio station, the transport chief defended the plan.',
        'Q: Why not wait a year?',
        'A: "Because the buses will not wait for us."',
        'Q: Will fares rise again?',
        'A: "No. That is a promise we can keep."',
      ),
      ['Nora Quill', 'Owen Barker', 'Nora Quill', 'Nora Quill'],
    ],
    [
      'id',
      para(
        '"Kami akan membangun depo baru," kata Kepala Dinas Perhubungan Rudi Santosa.',
        '"Tarifnya sudah mahal," ujar Sri Lestari, seorang penumpang.',
        'Dalam wawancara dengan wartawan, Rudi menjawab sejumlah pertanyaan.',
        'T: Kapan depo itu selesai?',
        'J: "Akhir tahun depan, kalau cuaca mendukung."',
      ),
      ['Rudi Santosa', 'Sri Lestari', 'Rudi Santosa'],
    ],
    [
      'de',
      para(
        '„Wir bauen das Depot“, sagte Stadträtin Nora Quandt.',
        '„Die Preise sind schon zu hoch“, sagte Otto Becker, ein Fahrgast.',
        'Kritik kommt vom Fahrgastverband. Dessen Vorsitzende Marta Kühn fährt seit Jahren täglich Bus. Wir haben mit ihr gesprochen.',
        'Frage: Frau Kühn, die Stadt sagt, schneller gehe es nicht. Was ist daran falsch?',
        'Antwort: „Die Busse warten nicht auf uns.“',
        'Frage: Was fordern Sie?',
        'Antwort: „Einen Plan bis zum Sommer.“',
      ),
      ['Nora Quandt', 'Otto Becker', 'Marta Kühn', 'Marta Kühn'],
    ],
    [
      'nl',
      para(
        '‘We bouwen het depot’, zei wethouder Nora de Wit.',
        '‘De prijzen zijn al te hoog’, zei Otto Bakker, een reiziger.',
        'Kritiek komt van reizigersvereniging Rover. Voorzitter Marta Kuijpers reist al jaren dagelijks met de bus. Wij spraken met haar.',
        'Vraag: Waarom niet een jaar wachten?',
        'Antwoord: ‘Omdat de bussen niet op ons wachten.’',
      ),
      ['Nora de Wit', 'Otto Bakker', 'Marta Kuijpers'],
    ],
    [
      'ms',
      para(
        '"Kami akan membina depoh baharu," kata Pengarah Pengangkutan, Rosli Hamid.',
        '"Tambang sudah terlalu mahal," kata Aminah Salleh, seorang penumpang.',
        'Dalam temu bual bersama wartawan, Rosli menjawab beberapa soalan.',
        'S: Bilakah depoh itu siap?',
        'J: "Hujung tahun depan, jika cuaca mengizinkan."',
      ),
      ['Rosli Hamid', 'Aminah Salleh', 'Rosli Hamid'],
    ],
  ]);
});

describe('each language marks its interview lines, with a colon or a stop ("D." and "R.", "P:" and "R:")', () => {
  creditsSpeakers([
    [
      'it',
      para('Giulia Serra dirige da dieci anni il museo civico di Lucca.', 'D. Perché chiudere il lunedì?', 'R. «Perché mancano i custodi, e non da oggi».'),
      ['Giulia Serra'],
    ],
    [
      'pt',
      para('Rui Seixas é o novo diretor do hospital de Faro.', 'P: O que muda nas urgências?', 'R: "Mais médicos à noite, já a partir de março."'),
      ['Rui Seixas'],
    ],
  ]);
});

describe('an interview’s answers are said by whom its introduction opens on, not by someone its later sentences name', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'Maria Lund has run the village shop for twenty years. Her husband, Peter Holm, drives the delivery van.',
        'Q: Will the shop survive?',
        'A: "It will, as long as people keep coming in for more than milk."',
      ),
      ['Maria Lund'],
    ],
  ]);
});

describe('a quote paragraph answering a quote paragraph that is a question is said by whom the paragraph before the first question names', () => {
  const answers = (text: string, lang: string): (string | null)[] =>
    summarizeArticle(text, { lang })
      .quotes.filter((q) => !q.text.endsWith('?'))
      .map((q) => q.speaker);
  it.each<SpeakerCase>([
    [
      'it',
      para(
        "«Il ponte sarà pronto in primavera», ha detto l'assessore Carlo Vitali.",
        'Abbiamo chiesto a Elena Moretti, ingegnera del Politecnico di Bari, che cosa ne pensa.',
        '«Ingegnera, il ponte è sicuro?»',
        '«Lo è, ma servono controlli ogni sei mesi».',
        '«E quanto tempo ci vorrà per finire i lavori?»',
        '«Sono tempi stretti, però realistici per un cantiere così».',
      ),
      ['Carlo Vitali', 'Elena Moretti', 'Elena Moretti'],
    ],
  ])('%s: %s', (lang, text, speakers) => expect(answers(text, lang)).toEqual(speakers));
});

describe('"the mayor" never means the one named after "Deputy Mayor"', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'Mayor Ana Cole said the budget was the best the council could do.',
        'Deputy Mayor Tim Ross backed the plan, calling it fair.',
        '"We have looked under every rock," the mayor said.',
      ),
      ['Ana Cole'],
    ],
  ]);
});

describe('"Cr" and "Cllr" are titles before a councillor’s surname', () => {
  creditsSpeakers([
    ['en', para('Councillor Rita Hale opened the debate on the new car park.', '"We cannot afford this," Cr Hale told the meeting.'), ['Rita Hale']],
    ['en', para('Councillor Rita Hale opened the debate on the new car park.', '"We cannot afford this," Cllr Hale told the meeting.'), ['Rita Hale']],
  ]);
});

describe('a name right after a preposition is not whom a later epithet means', () => {
  creditsSpeakers([
    [
      'en',
      para(
        '"It was a hard call," captain Ravi Menon told reporters.',
        'Menon said the news had been passed to Sharma on Monday.',
        '"He took it well," the skipper said, "and he stays with the squad."',
      ),
      ['Ravi Menon', 'Ravi Menon', 'Ravi Menon'],
    ],
  ]);
});

describe('a body’s noun heading capitalized words names a body, never a person an epithet means', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'Anggota DPRD, Hendra Wibisono, mendesak pemerintah pusat turun tangan.',
        'Menurut Hendra, perbaikan jembatan itu kewenangan Kementerian Pekerjaan Umum.',
        '"Anggaran daerah tidak akan cukup," kata politikus itu.',
      ),
      ['Hendra Wibisono'],
    ],
  ]);
});

describe('a body named with its bracketed initials opening a sentence is what "the regulator" means', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'The Water Standards Board (WSB), which fined the firm last year, said the ruling was welcome.',
        '"Suppliers must keep pipes safe," a spokesperson for the regulator said.',
      ),
      ['Water Standards Board'],
    ],
  ]);
});

describe('"the statement said" means whoever last spoke "in a statement"', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'Kent Harbour Police, which led the inquiry, said officers had spoken to 30 witnesses.',
        'The defendant’s lawyers, Marsh Fielding, said in a statement that their client would appeal.',
        '"We will read the judgment with care," the statement said.',
      ),
      ['Marsh Fielding'],
    ],
  ]);
});

describe('a body’s written statement after a word that is no speech verb speaks for the body', () => {
  creditsSpeakers([
    [
      'id',
      para(
        'Hujan lebat diperkirakan turun di Jawa Tengah sepekan ke depan.',
        '“Warga di bantaran sungai diminta tetap waspada terhadap banjir,” demikian keterangan tertulis BPBD, Senin.',
      ),
      ['BPBD'],
    ],
  ]);
});

describe('someone unnamed by role after the verb, then their full name in apposition, speaks', () => {
  creditsSpeakers([['en', '"Prices have doubled in a year," said one shopper, Ann Leeming, 54.', ['Ann Leeming']]]);
});

describe('a spokesperson’s body runs on past the lowercase links inside its name', () => {
  creditsSpeakers([
    ['en', 'A spokesman for Rail for Kent said: "Trains will run again on Monday."', ['Rail for Kent']],
    ['en', 'Chief Constable Helen Marsh said the force had made arrests. "This was organised crime," she said.', ['Helen Marsh']],
  ]);
});

describe('a role’s remit listed with commas goes on to the name after its last item', () => {
  creditsSpeakers([
    [
      'id',
      para(
        '"Operasi pasar harus diperbanyak," kata Ketua DPRD Kota Bogor Atang Trisnanto.',
        '"Kami sudah siapkan 40 titik," ungkap Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian Kota Bogor Dewi Anggraeni.',
      ),
      ['Atang Trisnanto', 'Dewi Anggraeni'],
    ],
  ]);
});

describe('"the defendant" with no name beside it means the first person the court story names', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Le tribunal de Nantes a condamné mardi un garagiste de 44 ans pour escroquerie.',
        'Paul-Henri Masson, qui dirigeait trois garages, devra rembourser ses clients.',
        '« Il a trompé des dizaines de familles », a déclaré le procureur Luc Berthier.',
        '« Mon client va faire appel », a réagi son avocate, Me Claire Dumont.',
        'Le prévenu, qui comparaissait libre, est resté silencieux. « Je suis désolé », avait-il seulement dit à la fin du procès.',
      ),
      ['Luc Berthier', 'Claire Dumont', 'Paul-Henri Masson'],
    ],
  ]);
});

describe('a nationality noun after the verb ("sagte der Däne") means the person named before', () => {
  creditsSpeakers([
    [
      'de',
      para(
        '„Wir haben gut trainiert“, sagte Kapitän Felix Hartmann.',
        'Trainer Rasmus Holmgaard blieb gelassen. „Das Team ist bereit für das Derby“, sagte der Däne nach dem Training.',
      ),
      ['Felix Hartmann', 'Rasmus Holmgaard'],
    ],
  ]);
});

describe('an epithet means whom the article gave a title the language ties to it ("il legale" for "l\'avvocata", "the prosecutor" for "for the prosecution")', () => {
  creditsSpeakers([
    [
      'it',
      para(
        "«È una ritorsione bella e buona», ha detto l'avvocata Federica Sala, che assiste l'infermiere.",
        "«Il problema è l'organico del reparto», ha detto la sindacalista Anna Ferraro.",
        '«Andremo avanti fino in fondo con il ricorso», ha concluso la legale.',
      ),
      ['Federica Sala', 'Anna Ferraro', 'Federica Sala'],
    ],
    [
      'es',
      para(
        '«No hubo estafa ninguna», dijo el abogado Jorge Salinas.',
        '«Pedimos ocho años de prisión», dijo la fiscal Marta Aguirre.',
        '«Mi defendido perdió su propia casa con la obra», explicó el letrado.',
      ),
      ['Jorge Salinas', 'Marta Aguirre', 'Jorge Salinas'],
    ],
    [
      'fr',
      para(
        '« Le dossier est vide », a dit Me Laurent Fabre.',
        '« Le management par la peur est un délit », a dit le procureur Xavier Morin.',
        '« Mon client fera appel dès demain », a annoncé le pénaliste.',
      ),
      ['Laurent Fabre', 'Xavier Morin', 'Laurent Fabre'],
    ],
    [
      'en',
      para(
        '"The evidence is overwhelming," said Sarah Okafor, for the prosecution.',
        '"I never saw the cards," said Janet Morley.',
        '"She treated their savings as her own," the prosecutor said.',
      ),
      ['Sarah Okafor', 'Janet Morley', 'Sarah Okafor'],
    ],
  ]);
});
