import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences for attribution constructions first met in the health, business and politics batches never tuned on. */
describe("a body's name going on over its link before its member's lowercase role", () => {
  // "Eastwick Guild of Traders chair Ruth Adeyemi said": the chair speaks, not "Eastwick Guild" cut at "of", before or after the verb.
  creditsSpeakers([
    [
      'en',
      para(
        'Footfall in the high street fell again this autumn.',
        'Eastwick Guild of Traders chair Ruth Adeyemi said shops were “holding on by their fingernails” as rents rose.',
        '“Nobody is buying a second coffee any more,” said Northam Society of Bakers secretary Paul Rendle.',
      ),
      ['Ruth Adeyemi', 'Paul Rendle'],
    ],
  ]);
});

describe("a body's name going on over its link to more capitals", () => {
  // "The Tenants Alliance of Ontario": one body, whole, before or after the verb, and what "the group" later means.
  creditsSpeakers([
    [
      'en',
      para(
        'Rents in the province rose for a fifth year.',
        'The Tenants Alliance of Ontario said: "Families are choosing between rent and food."',
        'The Housing Forum of Manitoba objected to the plan. "It will not build a single home," the group said in a statement.',
      ),
      ['Tenants Alliance of Ontario', 'Housing Forum of Manitoba'],
    ],
  ]);
});

describe('a later surname opening on its particle right after the verb', () => {
  // "garantiu dos Santos Ribeiro": "dos" is the surname's particle, not a preposition naming a listener or place.
  creditsSpeakers([
    [
      'pt',
      para(
        '"A adesão foi total", afirmou o dirigente do Sindicato dos Estivadores do Douro, Carlos Alberto das Neves Pinto, à porta do cais.',
        'O sindicato já marcou mais dois dias de paralisação na próxima semana e admite avançar para greves parciais durante o mês. "Sem proposta séria, a luta continua", garantiu das Neves Pinto.',
      ),
      ['Carlos Alberto das Neves Pinto', 'Carlos Alberto das Neves Pinto'],
    ],
  ]);
});

describe("an epithet's relative clause naming a body", () => {
  // "disse a deputada socialista, que exige verbas para o Serviço Nacional de Saúde": the clause says what she wants, not who she is.
  creditsSpeakers([
    [
      'pt',
      para(
        'O orçamento passou com 91 votos a favor.',
        'A líder da bancada do PS, Marta Sousa Leal, justificou a abstenção, mas deixou avisos. "A abstenção de hoje não é um cheque em branco", disse a deputada socialista, que exige mais verbas para o Serviço Nacional de Saúde.',
      ),
      ['Marta Sousa Leal'],
    ],
  ]);
});

describe('a German fire chief compound title before a name with a particle', () => {
  // "Stadtbrandmeister Uwe von der Lohe": a title, so "von der" is the surname's particle, not where a "Stadtbrandmeister Uwe" works.
  creditsSpeakers([
    [
      'de',
      para(
        'Der Sturm hat in der Nacht große Schäden angerichtet.',
        'Stadtbrandmeister Uwe von der Lohe warnte vor umstürzenden Bäumen. „Die Gefahr ist nicht vorbei“, sagte von der Lohe.',
      ),
      ['Uwe von der Lohe'],
    ],
  ]);
});

describe('a Malay title with its possessive clitic before the name in apposition', () => {
  // "kata Pengerusinya, Datuk …": "its chairman", a title, so the full name after the comma speaks.
  creditsSpeakers([
    [
      'ms',
      para(
        'Persatuan Pengusaha Bas Malaysia menyambut baik langkah itu.',
        '"Kami kekurangan kira-kira 2,000 pemandu bas," kata Pengerusinya, Datuk Razali bin Hamzah.',
      ),
      ['Razali bin Hamzah'],
    ],
  ]);
});

describe('a lone later name after an opening connective', () => {
  // "Sementara itu, Zaharah menerima …": the connective and its comma open the sentence; the name is its subject all the same.
  creditsSpeakers([
    [
      'ms',
      para(
        'Pegawai Pengurus Pilihan Raya mengumumkan Ahmad Zaki bin Yusof menang dengan 8,000 undi, mengatasi calon PN, Dr Zaharah binti Hassan.',
        'Sementara itu, Zaharah menerima keputusan itu namun mendakwa kempen PN berdepan "padang yang tidak rata". "Kami tetap akan berjuang," katanya.',
      ),
      ['Zaharah binti Hassan', 'Zaharah binti Hassan'],
    ],
  ]);
});
