import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('joint speakers credited by shorter names: both full names, as the article gave them together', () => {
  creditsSpeakers([
    [
      'de',
      'Die Bürgermeister Ulrike Hansmann und Peter Gröning stellten den Plan vor. „Wir sparen gemeinsam“, sagten Hansmann und Gröning.',
      ['Ulrike Hansmann und Peter Gröning'],
    ],
    // A given name stands for a name the article cut short ("Wulan" for "Sekretaris RT Wulan Sari Utami").
    [
      'id',
      'Ketua RT Budi Santoso dan Sekretaris RT Wulan Sari Utami mendatangi kantor camat. "Kami menolak rencana itu," kata Budi dan Wulan.',
      ['Budi Santoso dan Wulan Sari Utami'],
    ],
    [
      'nl',
      'Wethouders Marieke van den Berg en Sjoerd Kramer presenteerden het plan. "We moeten nu kiezen," aldus Van den Berg en Kramer.',
      ['Marieke van den Berg en Sjoerd Kramer'],
    ],
    // A plural word after a pair the article named with a given name cut off ("Anna Vogt" opening the sentence).
    [
      'de',
      'Die Stadtwerke Halden verteidigten die Preise. „Wir haben keine Wahl“, teilte das Unternehmen mit.\nAnna Vogt und Ria Dekker sind skeptisch. „Erst ging die Bank, dann die Post“, sagten sie.',
      ['Stadtwerke Halden', 'Anna Vogt und Ria Dekker'],
    ],
  ]);
});

describe('a pronoun that is also a singular one is plural after a plural verb', () => {
  creditsSpeakers([
    [
      'nl',
      'Een woordvoerder van het ministerie van Financiën reageert kort. "We kijken ernaar," zegt hij.\nHenk en Ria Dekker zijn sceptisch. "Eerst ging de bank weg," zeggen zij.',
      ['ministerie van Financiën', 'Henk en Ria Dekker'],
    ],
    [
      'de',
      'Die Stadtwerke Halden verteidigten die Preise. „Wir haben keine Wahl“, hieß es in einer Mitteilung.\nHenk und Ria Dekker sind skeptisch. „Erst ging die Bank, dann die Post“, sagen sie.',
      ['Stadtwerke Halden', 'Henk und Ria Dekker'],
    ],
    // "beide" alone is the two people named together.
    [
      'de',
      'Die Geschäftsführer Jana Vogt und Timo Brandl sehen keine Alternative. „Kein Standort wird geschlossen“, versicherten beide.',
      ['Jana Vogt und Timo Brandl'],
    ],
    // A pair sharing a surname after a sentence's first word ("Ook Ruud en Geesje Postma").
    [
      'nl',
      'Een woordvoerder van de gemeente reageerde. "We zijn blij," zei hij.\nOok Ruud en Geesje Postma uit Drachten reden mee. "We hebben genoten," zeiden ze.',
      ['gemeente', 'Ruud en Geesje Postma'],
    ],
  ]);
});

describe('a body whose name holds a conjunction: all of it, as the article writes it', () => {
  creditsSpeakers([
    [
      'en',
      'The Department for Culture, Media and Sport said it would review the plan. "We will look at the figures," a spokesperson for the department said.',
      ['Department for Culture, Media and Sport'],
    ],
    [
      'es',
      'El Ministerio para la Transición Ecológica y el Reto Demográfico defendió el recorte. «Se ajusta a las reglas», señalaron fuentes del ministerio.',
      ['Ministerio para la Transición Ecológica y el Reto Demográfico'],
    ],
    [
      'it',
      'Il Ministero del Lavoro e delle Politiche sociali ha convocato le parti. «Vogliamo evitare licenziamenti», fa sapere il ministero in una nota.',
      ['Ministero del Lavoro e delle Politiche sociali'],
    ],
    // The body's noun before a part credited alone.
    [
      'fr',
      'Contacté, le ministère de la Transition écologique et de la Cohésion des territoires indique qu’il « étudiera toute proposition ».',
      ['ministère de la Transition écologique et de la Cohésion des territoires'],
    ],
    // Not a second body, nor a clause going on after a person.
    [
      'nl',
      'Het Maasziekenhuis Venlo en het Sint Servatius Ziekenhuis praten over een fusie. "We nemen de tijd," laat het Maasziekenhuis weten.',
      ['Maasziekenhuis Venlo'],
    ],
    ['it', '«Ho sognato una notte così», ha detto Riccardo Orlandi e il gol di Santiago Ferreyra ha fatto il resto.', ['Riccardo Orlandi']],
  ]);
});

describe('two people credited together, each with a role in apposition, or named before the verb', () => {
  creditsSpeakers([
    [
      'fr',
      '« Fermer la ligne serait une faute », écrivent Anne Morel, maire de Vaubrun, et Paul Lestang, maire de Cernay, dans une tribune.',
      ['Anne Morel et Paul Lestang'],
    ],
    // After a verb of any number, when each has a role; then "kata mereka" is the pair credited last, however far apart.
    [
      'ms',
      '"Harga mesti dikawal," kata Presiden Persatuan Pengguna Utara, Datuk Kamal Yusof, dan Setiausaha Agung Majlis Pengguna Nasional, Dr Aina Rahim, dalam satu kenyataan bersama.\n"Kami mahu harga siling," kata mereka.',
      ['Kamal Yusof dan Aina Rahim', 'Kamal Yusof dan Aina Rahim'],
    ],
    // "all'azienda" is to whom the letter went, not who wrote it.
    [
      'it',
      '«Senza fabbrica non c’è paese», hanno scritto in una lettera all’azienda il sindaco di Varzo, Luca Bassi, e l’assessora Marta Lodi.',
      ['Luca Bassi e Marta Lodi'],
    ],
    [
      'en',
      'Dr Priya Nair and Prof Tom Allen, who led the study at the university, said in a joint statement: "These are life-changing results."',
      ['Priya Nair and Tom Allen'],
    ],
    // Not a conjunction inside a long role.
    ['id', 'Deputi Bidang Statistik Distribusi dan Jasa BPS Pudji Ismartini menambahkan, "Curah hujan tinggi mengganggu panen."', ['Pudji Ismartini']],
  ]);
});

describe('a plural word for two people named together', () => {
  creditsSpeakers([
    // A partner who goes by one name.
    ['id', 'Di pengungsian, pasangan Slamet Riyadi dan Suminah tidur di lantai. "Rumah kami terendam," kata pasangan itu.', ['Slamet Riyadi dan Suminah']],
    // Not places named after a preposition since.
    [
      'pt',
      '"Não aceitamos a barragem", afirmaram Rui Sequeira e Ana Valadares, presidentes das câmaras de Penedo Alto e Souto da Ribeira, em conferência de imprensa.\n"Ninguém nos perguntou nada", disseram à Lusa.',
      ['Rui Sequeira e Ana Valadares', 'Rui Sequeira e Ana Valadares'],
    ],
    // Past names in the very sentence that credited one of them.
    [
      'en',
      'The regulator spoke first. "We will decide by March," said its chair, Mark Rowe.\nCampaigners Tom Baker and Ruth Oduya, who have tested the river below Harlow Bridge since 2021, said nothing had changed. "We counted 412 spills," they said.',
      ['Mark Rowe', 'Campaigners Tom Baker and Ruth Oduya'],
    ],
    [
      'en',
      'Anna Berg and Tom Hale run the two firms. Under the deal, Berg will become chief executive. The two bosses said savings would be "put back into the network".',
      ['Anna Berg and Tom Hale'],
    ],
  ]);
});

describe('bodies credited together, and a body by a part of its name', () => {
  creditsSpeakers([
    ['it', '«È un piano inaccettabile», hanno dichiarato in una nota congiunta Fim, Fiom e Uilm, che hanno proclamato lo sciopero.', ['Fim, Fiom e Uilm']],
    ['es', '«No aceptaremos el cierre», señalaron en un comunicado conjunto CCOO y UGT.', ['CCOO y UGT']],
    [
      'ms',
      'Sementara itu, Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup (KPDN) dalam satu kenyataan berkata pihaknya telah menjalankan pemeriksaan. "Kami akan bertindak," menurut kenyataan itu.',
      ['Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup'],
    ],
    [
      'ms',
      'Pusat Kajian Ekonomi dan Dasar Makanan memberi amaran dalam laporannya. "Kawalan harga sahaja tidak cukup," kata pusat kajian itu.',
      ['Pusat Kajian Ekonomi dan Dasar Makanan'],
    ],
    // The whole body is whom its spokesperson speaks for.
    [
      'en',
      'The Department of Health and Social Care said it would "look carefully" at the findings. A spokesperson said: "We are committed to helping people."',
      ['Department of Health and Social Care', 'Department of Health and Social Care'],
    ],
  ]);
});

describe('a body by its initials or its noun: the full name the article gives it', () => {
  creditsSpeakers([
    [
      'id',
      'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan rob berlanjut. "Pasang maksimum mencapai 1,6 meter," ujar BMKG dalam peringatan dini.',
      ['Badan Meteorologi, Klimatologi, dan Geofisika'],
    ],
    [
      'nl',
      'Volgens het Instituut voor Lokaal Bestuur en Democratie levert een fusie weinig op. Voorzitter Bram Vos van de ondernemingsraad is positief. "We willen zekerheid," zegt hij.\n"De kosten waren hoger dan vóór de fusie," schrijft het instituut in een reactie.',
      ['Bram Vos', 'Instituut voor Lokaal Bestuur en Democratie'],
    ],
  ]);
});
