/**
 * The editor's choice, rule by rule: which quotes and figures are key, and
 * which never are.
 */
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';
import { languagePack } from '../../src/lang/index.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { rankFigures, rankQuotes } from '../../src/summarize/rank.js';
import { foundFigure } from '../helpers/found-figure.js';
import type { RankableQuote } from '../../src/summarize/rank-quotes.js';

const summary = (text: string, lang: string, title?: string) => summarizeArticle(text, { lang, title });
const keyQuotes = (text: string, lang: string, title?: string) =>
  summary(text, lang, title)
    .quotes.filter((q) => q.key)
    .map((q) => q.text.slice(0, 24));
const keyFigures = (text: string, lang: string, title?: string) =>
  summary(text, lang, title)
    .figures.filter((f) => f.key)
    .map((f) => f.value);
const figure = foundFigure;
/** Neutral reporting that lengthens a piece without adding quotes or numbers. */
const filler = (n: number) =>
  Array.from(
    { length: n },
    () => 'The council met again later in the week, and officials went over the details of the plan with residents and local businesses.',
  ).join(' ');

describe('key quotes', () => {
  it('the first statement of each actor is key; what the same speaker adds later is not', () => {
    const text = [
      '“We have decided to close the plant because demand has collapsed this year,” said chief executive Mara Lind.',
      '“It was the hardest call of my career and I am sorry for it,” Lind added.',
      '“This closure will hurt hundreds of families in a town that has nothing else,” said union leader Paul Otto.',
    ].join('\n\n');
    expect(keyQuotes(text, 'en')).toEqual(['We have decided to close', 'This closure will hurt h']);
  });

  it('a short reply is never key, however early it comes', () => {
    const text = [
      '“No comment,” said Mara Lind.',
      '“This closure will hurt hundreds of families in a town that has nothing else,” said union leader Paul Otto.',
    ].join('\n\n');
    expect(keyQuotes(text, 'en')).toEqual(['This closure will hurt h']);
  });

  it('an opening cut short by its credit line is key as the statement it starts; its continuation is not', () => {
    const text =
      '"There is no shortage of doctors," said health minister Sofia Martins, "there is a shortage of doctors in the right place at the right time."';
    expect(summary(text, 'en').quotes.map((q) => [q.text, q.key])).toEqual([
      ['There is no shortage of doctors', true],
      ['there is a shortage of doctors in the right place at the right time.', false],
    ]);
  });

  it('fr: an opening too short for a statement, resumed inside the same marks after its credit line, is key («\u00a0A, a expliqué X. B\u00a0»)', () => {
    const text = [
      "La présidente Sophie Kerbrat défend un budget « tourné vers les mobilités ». « Nous investissons maintenant, a expliqué l'élue socialiste. Chaque année de retard coûte plus cher aux habitants. »",
      "« C'est une fuite en avant, et les ménages paieront la facture », a répliqué l'opposant Erwan Le Bihan.",
    ].join('\n\n');
    const quotes = summary(text, 'fr').quotes.map((q) => [q.text.slice(0, 24), q.key]);
    expect(quotes).toContainEqual(['Nous investissons mainte', true]);
    expect(quotes).toContainEqual(['Chaque année de retard c', false]);
    expect(quotes).toContainEqual(['tourné vers les mobilité', false]);
  });

  it('a fragment worked into the reporter’s sentence is never key', () => {
    const text = 'Union leader Paul Otto called the closure “a betrayal of the town” and promised a fight in the courts.';
    expect(summary(text, 'en').quotes).toMatchObject([{ text: 'a betrayal of the town', key: false }]);
  });

  it('a teaser repeating a quote of the body leaves the key to the body’s quote', () => {
    const text = [
      '“The plant will close in March”',
      'The company announced the closure on Monday. “The plant will close in March and nothing can change that now,” said chief executive Mara Lind.',
    ].join('\n\n');
    const quotes = summary(text, 'en').quotes;
    expect(quotes.filter((q) => q.key).map((q) => q.text)).toEqual(['The plant will close in March and nothing can change that now']);
  });

  it('one speaker giving a list of instructions gets one key quote', () => {
    const text = [
      '“Stay indoors and keep away from the windows until the storm has passed,” said fire chief Ana Ruiz.',
      '“Charge your phones now and keep a torch close to hand tonight,” she said.',
      '“Do not drive through flood water under any circumstances this week,” Ruiz said.',
    ].join('\n\n');
    expect(keyQuotes(text, 'en')).toHaveLength(1);
  });

  it.each([
    ['en', 'Also speaking for the company, finance director Eva Sand met the press.'],
    ['nl', 'Ook financieel directeur Eva Sand stond de pers te woord.'],
  ])('%s: a speaker brought in with "also" echoes a side already heard; the next new voice is key instead', (lang, echo) => {
    const text = {
      en: [
        '“We have decided to close the plant because demand has collapsed this year,” said chief executive Mara Lind.',
        `${echo} “Nobody here takes any pleasure in a decision of this kind,” she said.`,
        '“This closure will hurt hundreds of families in a town that has nothing else,” said union leader Paul Otto.',
      ],
      nl: [
        '‘We hebben besloten de fabriek te sluiten omdat de vraag dit jaar is ingestort’, zegt topvrouw Mara Lind.',
        `${echo} ‘Niemand hier heeft plezier in een besluit van deze soort’, zei ze.`,
        '‘Deze sluiting raakt honderden gezinnen in een stad die verder niets heeft’, zegt vakbondsleider Paul Otto.',
      ],
    }[lang]!;
    expect(summary(text.join('\n\n'), lang).quotes.map((q) => q.key)).toEqual([true, false, true]);
  });

  it.each([
    ['en', 'Sandra Kelleher, 52, from Stockport, lost her job at the plant in the spring.'],
    ['fr', 'Mélanie Roux, 34 ans, a perdu son emploi à l’usine au printemps.'],
    ['id', 'Rizky, yang baru berusia 20 tahun, kehilangan pekerjaannya di pabrik itu.'],
  ])('%s: someone introduced by their age gives colour, not a side: not key, however early', (lang, witness) => {
    const text = {
      en: [
        '“We have decided to close the plant because demand has collapsed this year,” said chief executive Mara Lind.',
        `${witness} “I do not know how I am going to pay the rent in the new year now,” she said.`,
        '“This closure will hurt hundreds of families in a town that has nothing else,” said union leader Paul Otto.',
      ],
      fr: [
        '« Nous avons décidé de fermer l’usine parce que la demande s’est effondrée cette année », a déclaré la directrice Mara Lind.',
        `${witness} « Je ne sais pas comment je vais payer mon loyer au début de l’année prochaine », raconte-t-elle.`,
        '« Cette fermeture va frapper des centaines de familles dans une ville qui n’a rien d’autre », a déclaré le syndicaliste Paul Otto.',
      ],
      id: [
        '"Kami memutuskan menutup pabrik karena permintaan anjlok tajam sepanjang tahun ini," kata direktur utama Mara Lind.',
        `${witness} "Saya tidak tahu bagaimana membayar sewa rumah bulan depan nanti," ucap Rizky.`,
        '"Penutupan ini akan memukul ratusan keluarga di kota yang tidak punya apa-apa lagi," kata ketua serikat Paul Otto.',
      ],
    }[lang]!;
    expect(summary(text.join('\n\n'), lang).quotes.map((q) => q.key)).toEqual([true, false, true]);
  });

  it('an age belongs to the person it is told of: an officer speaking after a suspect’s age is still an actor', () => {
    const text = [
      '“We have decided to close the plant because demand has collapsed this year,” said chief executive Mara Lind.',
      'Police arrested John Hale, 34, at the gates on Tuesday. “We will look at every complaint about the closure very carefully,” said chief inspector Ruth Amis.',
    ].join('\n\n');
    expect(keyQuotes(text, 'en')).toEqual(['We have decided to close', 'We will look at every co']);
  });

  it('a third actor is key when the reporter turns to them twice, not when quoted once', () => {
    const opening = [
      '“We have decided to close the plant because demand has collapsed this year,” said chief executive Mara Lind.',
      '“This closure will hurt hundreds of families in a town that has nothing else,” said union leader Paul Otto.',
    ];
    const once = '“The state will not pay for a closure that the company chose to make on its own,” said economy minister Jon Berg.';
    const twice = [once, 'Berg said the state would also look at the subsidies the plant has had. “Every euro of it will be checked again,” he said.'];
    const fragmentToo = `Economy minister Jon Berg called the closure “a broken promise”. ${once.replace(' said economy minister Jon Berg', ' Berg said')}`;
    expect(keyQuotes([...opening, once].join('\n\n'), 'en')).toHaveLength(2);
    expect(keyQuotes([...opening, ...twice].join('\n\n'), 'en')).toEqual(['We have decided to close', 'This closure will hurt h', 'The state will not pay f']);
    expect(keyQuotes([...opening, fragmentToo].join('\n\n'), 'en')).toEqual([
      'We have decided to close',
      'This closure will hurt h',
      'The state will not pay f',
    ]);
  });

  describe('a third actor quoted once speaks with the news when announcing, or by office with a number', () => {
    const opening = [
      '“We have decided to close the plant because demand has collapsed this year,” said chief executive Mara Lind.',
      '“This closure will hurt hundreds of families in a town that has nothing else,” said union leader Paul Otto.',
    ];
    const third = (intro: string, statement: string) => keyQuotes([...opening, `${intro} “${statement},” she said.`].join('\n\n'), 'en');
    it('brought in as announcing or deciding', () => {
      expect(third('Rita Holm spoke after the meeting.', 'The town will help every family that loses its income')).toHaveLength(2);
      expect(third('Rita Holm announced a fund for the workers.', 'The town will help every family that loses its income')).toContain(
        'The town will help every',
      );
    });
    it('introduced by their office and giving a number, not by their office alone', () => {
      expect(third('Mayor Rita Holm spoke after the meeting.', 'The town will help every family that loses its income')).toHaveLength(2);
      expect(third('Mayor Rita Holm spoke after the meeting.', 'The town will help each of the 400 families that lose their income')).toContain(
        'The town will help each ',
      );
      expect(third('Rita Holm spoke after the meeting.', 'The town will help each of the 400 families that lose their income')).toHaveLength(2);
    });
    it('de/ms: the words are the language’s own ("kündigte an", "mengumumkan")', () => {
      const de = [
        '„Wir schließen das Werk, weil die Nachfrage in diesem Jahr eingebrochen ist“, sagte Geschäftsführerin Mara Lind.',
        '„Diese Schließung trifft Hunderte Familien in einer Stadt, die sonst nichts hat“, sagte Betriebsrat Paul Otto.',
      ];
      const quote = '„Die Stadt wird jeder Familie helfen, die ihr Einkommen verliert“, sagte sie.';
      expect(keyQuotes([...de, `Rita Holm äußerte sich nach der Sitzung. ${quote}`].join('\n\n'), 'de')).toHaveLength(2);
      expect(keyQuotes([...de, `Rita Holm kündigte einen Hilfsfonds an. ${quote}`].join('\n\n'), 'de')).toContain('Die Stadt wird jeder Fam');
      const ms = [
        '"Kami menutup kilang ini kerana permintaan merosot teruk tahun ini," kata ketua eksekutif Mara Lind.',
        '"Penutupan ini menjejaskan ratusan keluarga di bandar yang tiada apa-apa lagi," kata wakil pekerja Paul Otto.',
      ];
      const said = '"Kerajaan negeri akan membantu setiap keluarga yang hilang pendapatan," katanya.';
      expect(keyQuotes([...ms, `Rita Holm bercakap selepas mesyuarat itu. ${said}`].join('\n\n'), 'ms')).toHaveLength(2);
      expect(keyQuotes([...ms, `Rita Holm mengumumkan dana bantuan untuk pekerja. ${said}`].join('\n\n'), 'ms')).toContain('Kerajaan negeri akan mem');
    });
  });

  it('a body the headline names gives no key line through its spokesperson, and the next voice takes its place; one the headline does not name does', () => {
    const text = [
      '“This closure will hurt hundreds of families in a town that has nothing else,” said union leader Paul Otto.',
      filler(3),
      '“Affected employees will receive severance pay and help finding new roles,” a Corvane spokesperson said.',
      '“Nobody in this valley will find work at the same wage again,” said Rita Holm.',
    ].join('\n\n');
    expect(keyQuotes(text, 'en', 'Chipmaker to cut 2,300 jobs in Ohio')).toEqual(['This closure will hurt h', 'Affected employees will ']);
    expect(keyQuotes(text, 'en', 'Corvane to cut 2,300 jobs in Ohio')).toEqual(['This closure will hurt h', 'Nobody in this valley wi']);
  });

  it('a body the headline names keeps its second-voice key when its spokesperson argues at length (fifteen words or more)', () => {
    const text = [
      '“This closure will hurt hundreds of families in a town that has nothing else,” said union leader Paul Otto.',
      filler(3),
      '“Every worker stays on full pay until March, and we are talking to two buyers who want to keep the plant running,” a Corvane spokesperson said.',
      '“Nobody in this valley will find work at the same wage again,” said Rita Holm.',
    ].join('\n\n');
    expect(keyQuotes(text, 'en', 'Corvane to cut 2,300 jobs in Ohio')).toEqual(['This closure will hurt h', 'Every worker stays on fu']);
  });

  it('a common noun in the headline ("hotels") does not name a body whose name holds it as a word', () => {
    const text = [
      '“This closure will hurt hundreds of families in a town that has nothing else,” said union leader Paul Otto.',
      filler(3),
      '“Affected employees will receive severance pay and help finding new roles,” a Grand Hotels Group spokesperson said.',
      '“Nobody in this valley will find work at the same wage again,” said Rita Holm.',
    ].join('\n\n');
    expect(keyQuotes(text, 'en', 'Two hotels in Ohio to cut 2,300 jobs')).toEqual(['This closure will hurt h', 'Affected employees will ']);
    expect(keyQuotes(text, 'en', 'Grand Hotels to cut 2,300 jobs in Ohio')).toEqual(['This closure will hurt h', 'Nobody in this valley wi']);
  });

  it('a voice after the first three actors reacts: not key in a short piece, even when the second and third give colour', () => {
    const text = [
      '“We have decided to close the plant because demand has collapsed this year,” said chief executive Mara Lind.',
      'Sandra Kelleher, 52, works on the line. “I do not know how I am going to pay the rent in the new year now,” she said.',
      'Tom Reed, 47, has worked there since school. “My father worked here and his father worked here before him,” he said.',
      '“This closure will hurt hundreds of families in a town that has nothing else,” said union leader Paul Otto.',
    ].join('\n\n');
    expect(keyQuotes(text, 'en')).toEqual(['We have decided to close']);
  });

  it('one of two speakers credited jointly is the same actor, so a later quote of theirs is not a new voice', () => {
    const credits = ['Joint statement by Marco Rinaldi and Giulia Ferrante.', 'Rinaldi at the gates.', 'Minister Carlo Fantoni.'];
    const text = credits.join('\n\n');
    const quote = (speaker: string, paragraph: number, words: string): RankableQuote => {
      const start = text.indexOf(credits[paragraph]!);
      return { text: words, start, end: start + credits[paragraph]!.length, paragraph, speaker, kind: 'statement', words: words.split(' ').length };
    };
    const quotes = [
      quote('Marco Rinaldi e Giulia Ferrante', 0, 'This is an unacceptable decision taken without any talks at all'),
      quote('Marco Rinaldi', 1, 'We ask the company to withdraw the procedure before any talks'),
      quote('Carlo Fantoni', 2, 'The government will use every tool it has to save the plant'),
    ];
    const ranked = rankQuotes(quotes, { title: null, lead: '', words: 300 }, text, lexiconFor(languagePack('it')!));
    expect(ranked.map((q) => q.key)).toEqual([true, false, true]);
  });

  it('a voice brought in as objecting or warning is the other side: key as a fourth actor, where a plain fourth is not', () => {
    const opening = [
      '“We have decided to close the plant because demand has collapsed this year,” said chief executive Mara Lind.',
      '“We will look at every complaint about the closure very carefully,” said chief inspector Ruth Amis.',
      '“The plant has paid its suppliers on time for twenty years and we are grateful,” said supplier Jan Roos.',
    ];
    const plain = '“The closure comes at a time when the whole region is looking for new work,” said Eva Sand of the chamber of commerce.';
    const critic = `The chamber of commerce was more critical. ${plain.replace(' of the chamber of commerce', '')}`;
    expect(keyQuotes([...opening, plain].join('\n\n'), 'en')).toEqual(['We have decided to close', 'We will look at every co']);
    expect(keyQuotes([...opening, critic].join('\n\n'), 'en')).toEqual(['We have decided to close', 'We will look at every co', 'The closure comes at a t']);
  });

  it('id/nl: the objection words are the language’s own ("mengingatkan", "waarschuwt")', () => {
    const id = [
      '“Kami akan menambah tiga ratus bus baru untuk warga kota penyangga tahun depan,” kata Kepala Dinas Rudi Siregar.',
      '“Kami tidak ingin bus baru datang tapi tidak ada yang mengemudikan,” kata direktur Dewi Putri.',
      '“Ini kabar baik bagi warga kami yang setiap hari bekerja di Jakarta,” kata wali kota Agus Harahap.',
      'Pengamat transportasi Ellen Sumampouw mengingatkan agar penambahan bus diiringi jalur khusus. “Kalau busnya terjebak macet bersama mobil pribadi setiap pagi dan sore, orang tidak akan pindah ke angkutan umum,” katanya.',
    ];
    expect(keyQuotes(id.join('\n\n'), 'id')).toContain('Kalau busnya terjebak ma');
    const nl = [
      '„We breiden de stalling onder het plein uit met zesduizend plekken voor fietsers,” zegt wethouder Lotte Meulen.',
      '„Dit hadden ze vijf jaar geleden al moeten doen, maar het is een goed plan,” zegt Fietsersbond-voorzitter Kees Dam.',
      '„Elke fiets die netjes in een rek staat, is een fiets minder in de looproute,” zegt stationsmanager Piet Veen.',
      'Raadslid Peter Graaf waarschuwt voor de kosten. „Voor dat geld kun je ook gewoon extra stallingen bij alle wijkstations in de hele stad bouwen,” zegt hij.',
    ];
    expect(keyQuotes(nl.join('\n\n'), 'nl')).toContain('Voor dat geld kun je ook');
  });

  it('an objection is the other side when it argues (fifteen words or more); a short jab only reacts', () => {
    const opening = [
      '“We have decided to close the plant because demand has collapsed this year,” said chief executive Mara Lind.',
      '“We will look at every complaint about the closure very carefully,” said chief inspector Ruth Amis.',
      '“The plant has paid its suppliers on time for twenty years and we are grateful,” said supplier Jan Roos.',
    ];
    const argued = 'The chamber of commerce was more critical. “The closure comes at a time when the whole region is looking for new work,” said Eva Sand.';
    const jab = 'The chamber of commerce was more critical. “This is a dark day for the whole valley,” said Eva Sand.';
    expect(keyQuotes([...opening, argued].join('\n\n'), 'en')).toContain('The closure comes at a t');
    expect(keyQuotes([...opening, jab].join('\n\n'), 'en')).toEqual(['We have decided to close', 'We will look at every co']);
  });

  describe('a voice brought in as objecting in the paragraph before its quote is the other side too', () => {
    it.each([
      [
        'en',
        [
          '“We have decided to close the plant because demand has collapsed this year,” said chief executive Mara Lind.',
          '“We will look at every complaint about the closure very carefully,” said chief inspector Ruth Amis.',
          '“The plant has paid its suppliers on time for twenty years and we are grateful,” said supplier Jan Roos.',
          'The chamber of commerce warned that the closure would hit the whole valley, and its president, Eva Sand, called for a rescue plan.',
          '“The closure comes at a time when the whole region is looking for new work,” Sand said.',
        ],
        'The closure comes at a t',
      ],
      [
        'id',
        [
          '“Kami akan menambah tiga ratus bus baru untuk warga kota penyangga tahun depan,” kata Kepala Dinas Rudi Siregar.',
          '“Kami tidak ingin bus baru datang tapi tidak ada yang mengemudikan,” kata direktur Dewi Putri.',
          '“Ini kabar baik bagi warga kami yang setiap hari bekerja di Jakarta,” kata wali kota Agus Harahap.',
          'Sementara itu, pengamat transportasi Ellen Sumampouw mengingatkan agar penambahan bus diiringi jalur khusus.',
          '“Kalau busnya terjebak macet bersama mobil pribadi setiap pagi dan sore, orang tidak akan pindah ke angkutan umum,” kata Ellen.',
        ],
        'Kalau busnya terjebak ma',
      ],
    ])('%s', (lang, paragraphs, objection) => {
      expect(keyQuotes(paragraphs.join('\n\n'), lang)).toContain(objection);
      // The same voice with no warning in the paragraph before stays a plain fourth actor.
      const plain = paragraphs.map((p, i) => (i === 3 ? p.replace(/warned that|mengingatkan agar/, 'said') : p));
      expect(keyQuotes(plain.join('\n\n'), lang)).not.toContain(objection);
    });
  });

  it('a defendant told with their age is the court story’s actor; a victim told with theirs stays colour', () => {
    const judge = '“You took money meant for the poorest households and spent it on yourself,” said judge Anna Gray.';
    const defendant = 'The defendant, John Hale, 47, denies the charges. “I may have been careless, but I never stole from anyone,” he told the court.';
    const victim = 'Mary Cole, 78, lost her savings. “They came three times, took measurements and then nothing at all happened,” she said.';
    expect(keyQuotes([judge, defendant, victim].join('\n\n'), 'en')).toEqual(['You took money meant for', 'I may have been careless']);
    expect(keyQuotes([judge, defendant.replace('The defendant, ', ''), victim].join('\n\n'), 'en')).toEqual(['You took money meant for']);
    const fr = [
      '« Ce dossier, c’est l’histoire d’un argent public détourné pour acheter des voitures », a lancé la procureure Hélène Castagnier.',
      'Le prévenu, Jean-Baptiste Ferracci, 47 ans, conteste les faits. « J’ai peut-être été négligent, mais je n’ai jamais volé personne », a-t-il assuré.',
    ];
    expect(keyQuotes(fr.join('\n\n'), 'fr')).toHaveLength(2);
  });

  it('a short piece keeps two actors, a long one with more speakers up to three', () => {
    const speakers = ['Mara Lind', 'Paul Otto', 'Jon Berg', 'Eva Sand'];
    const quotes = speakers.map((s, i) => `“This is statement ${i + 1} and it says a fair amount about what happens to the plant,” said ${s}.`);
    expect(keyQuotes(quotes.join('\n\n'), 'en')).toHaveLength(2);
    expect(keyQuotes([...quotes, filler(25)].join('\n\n'), 'en')).toHaveLength(3);
  });

  describe('a piece of middle length (400 to 500 words) keeps a third voice whose first statement argues at length', () => {
    const opening = [
      '“We have decided to close the plant because demand has collapsed this year,” said chief executive Mara Lind.',
      '“This closure will hurt hundreds of families in a town that has nothing else,” said union leader Paul Otto.',
    ];
    const long =
      '“The state paid for half of this plant, so we will ask for every euro of that money back before the year is out,” said economy minister Jon Berg.';
    const short = '“We will look at the file again,” said economy minister Jon Berg.';
    // 17 sentences of 22 words: with the quotes a piece of some 430 words.
    const middle = (third: string) => [...opening, third, filler(17)].join('\n\n');

    it('a third voice of fifteen words or more is key, a shorter one is not', () => {
      expect(keyQuotes(middle(long), 'en')).toEqual(['We have decided to close', 'This closure will hurt h', 'The state paid for half ']);
      expect(keyQuotes(middle(short), 'en')).toHaveLength(2);
    });

    it('a short piece keeps two voices however long the third speaks', () => {
      expect(keyQuotes([...opening, long, filler(8)].join('\n\n'), 'en')).toHaveLength(2);
    });

    it('a witness told with their age gives colour, not the third voice, however long they speak', () => {
      const witness =
        'Sandra Kelleher, 52, works on the line. “I have worked here for thirty years and I do not know how I am going to pay the rent now,” she said.';
      expect(keyQuotes(middle(witness), 'en')).toHaveLength(2);
    });

    it('a body’s line given through its spokesperson is a stock reply, not the third voice', () => {
      const spokesperson =
        '“We are sorry for the trouble and we will reopen the line as soon as the engineers allow it,” said a spokesperson for the rail company.';
      expect(keyQuotes(middle(spokesperson), 'en')).toHaveLength(2);
    });

    it('pt: the rule counts words, whatever the language', () => {
      const text = [
        '«Decidimos fechar a fábrica porque a procura caiu muito este ano», disse a presidente executiva Marta Lima.',
        '«Este fecho vai atingir centenas de famílias numa terra que não tem mais nada», afirmou o sindicalista Paulo Reis.',
        '«O Estado pagou metade desta fábrica e vamos pedir de volta cada euro desse dinheiro antes do fim do ano», disse o ministro da Economia, João Berto.',
        Array.from(
          { length: 17 },
          () => 'A câmara voltou a reunir-se mais tarde na semana e os técnicos explicaram os pormenores do plano aos moradores e aos comerciantes da zona.',
        ).join(' '),
      ].join('\n\n');
      expect(keyQuotes(text, 'pt')).toEqual(['Decidimos fechar a fábri', 'Este fecho vai atingir c', 'O Estado pagou metade de']);
    });
  });
});

describe('key figures', () => {
  it('the figures of the headline and the lead are key; a conversion in parentheses is not', () => {
    const text = [
      'The city will spend $2.1 billion (€1.9 billion) on a new tram line that is expected to carry 160,000 passengers a day.',
      filler(6),
      'The depot will have room for 40 trams.',
    ].join('\n\n');
    const figures = summary(text, 'en', 'City approves $2.1bn tram line').figures;
    expect(figures.find((f) => f.value === 2.1e9)?.key).toBe(true);
    expect(figures.find((f) => f.value === 160000)?.key).toBe(true);
    expect(figures.find((f) => f.value === 1.9e9)?.key).toBe(false);
  });

  it.each([
    ['es', 'Las indemnizaciones sumarán 420 millones de pesos, equivalentes a unos 23 millones de dólares, para 2.100 trabajadores.', 23e6],
    ['pt', 'A dívida chega a 90 milhões de euros, o equivalente a R$ 540 milhões, e atinge 1.300 credores.', 540e6],
    ['en', 'The club owes 60 million euros, equivalent to £52 million, to 300 creditors.', 52e6],
    ['en', 'The club owes 60 million euros, or £52 million, to 300 creditors.', 52e6],
  ])('%s: a sum restated in another currency ("equivalent to", ", or £") is no key figure of its own', (lang, text, converted) => {
    expect(summary(text, lang).figures.find((f) => f.value === converted)?.key).toBe(false);
  });

  it('the part is key and the whole it is told of is not ("45 of the council’s 60 seats")', () => {
    const text = 'The Greens won control of the council on Friday, taking 45 of the council’s 60 seats after a long count.';
    const figures = summary(text, 'en').figures;
    expect(figures.map((f) => [f.value, f.unit, f.key])).toEqual([
      [45, 'seats', true],
      [60, 'seats', false],
    ]);
  });

  it.each([
    ['it', "L'azienda ha avviato il licenziamento di 620 dei 780 dipendenti dello stabilimento.", 620, 780, 'dipendenti'],
    ['pt', 'O orçamento foi aprovado com 116 dos 230 deputados a favor.', 116, 230, 'deputados'],
  ])('%s: the part of a larger whole counts what the whole counts, and only the part is key', (lang, text, part, whole, unit) => {
    expect(summary(text, lang).figures.map((f) => [f.value, f.unit, f.key])).toEqual([
      [part, unit, true],
      [whole, unit, false],
    ]);
  });

  it('a rate per unit weighs less than a sum of its kind at the same place', () => {
    // Five sums (none a neighbour of another), four slots, no lead to favour any: the last one boxed gives way once it is per household.
    const frame = { title: null, lead: '', words: 300 };
    const keyWith = (perUnitAt: number) =>
      rankFigures(
        [2e6, 5e6, 12e6, 30e6, 70e6].map((value, i) => figure(value, 'EUR', 'currency', { at: 10 * i, perUnit: i === perUnitAt })),
        frame,
        ' '.repeat(2000),
        lexiconFor(languagePack('en')!),
      )
        .filter((f) => f.key)
        .map((f) => f.value);
    expect(keyWith(-1)).toEqual([2e6, 5e6, 12e6, 70e6]);
    expect(keyWith(2)).toEqual([2e6, 5e6, 30e6, 70e6]);
  });

  // 300 words over 2,000 characters: a figure at character 500 sits 75 words in, at 1,000 150 words in, at 1,333 200 words in.
  const body = ' '.repeat(2000);
  const opening = { title: null, lead: 'x'.repeat(300), words: 300 };
  const keyOf = (figures: ReturnType<typeof figure>[]) =>
    rankFigures(figures, opening, body, lexiconFor(languagePack('en')!))
      .filter((f) => f.key)
      .map((f) => f.value);

  it('a share told just after the lead outweighs a small sum told further down', () => {
    const figures = [figure(5e6, 'USD', 'currency'), figure(18, '%', 'percent', { at: 500 }), figure(5000, 'USD', 'currency', { at: 1333 })];
    expect(keyOf(figures)).toEqual([5e6, 18]);
  });

  it('a share restating a count is no key figure of its own ("2,300 jobs, or 9% of its workforce")', () => {
    const figures = summary('The chipmaker will cut about 2,300 jobs, or 9% of its workforce, and take a charge of $450 million.', 'en').figures;
    expect(figures.map((f) => [f.value, f.key])).toEqual([
      [2300, true],
      [9, false],
      [450e6, true],
    ]);
    expect(summary('Le groupe supprime 1 200 postes, soit 15 % de ses effectifs.', 'fr').figures.map((f) => [f.value, f.key])).toEqual([
      [1200, true],
      [15, false],
    ]);
  });

  it('a number the headline gives is key wherever the body tells it, even a small count far from the lead', () => {
    const text = [
      'The Greens took control of the council on Friday, winning 45 of 60 seats.',
      filler(3),
      'The council will spend £14 million on new buses.',
      filler(3),
      'Labour lost 19 seats across the borough.',
    ].join('\n\n');
    expect(keyFigures(text, 'en', 'Greens take council as Labour loses 19 seats')).toContain(19);
    expect(keyFigures(text, 'en', 'Greens take council in Leeds')).not.toContain(19);
  });

  it('four figures at most, however many strong ones a long lead holds', () => {
    const frame = { title: null, lead: 'x'.repeat(1000), words: 650 };
    const sums = [90e6, 40e6, 18e6, 8e6, 3e6, 1e6].map((value, i) => figure(value, 'EUR', 'currency', { at: 100 * i }));
    const key = rankFigures(sums, frame, ' '.repeat(4000), lexiconFor(languagePack('en')!))
      .filter((f) => f.key)
      .map((f) => f.value);
    expect(key).toEqual([90e6, 40e6, 18e6, 8e6]);
  });

  it.each([
    [
      'pt',
      'Seca: Governo abre linha de 45 milhões para agricultores',
      'O Governo abriu hoje uma linha de apoio de 45 milhões de euros para os agricultores, que perderam até 40% da colheita de trigo.',
      'A precipitação desde outubro corresponde a apenas 45% do valor normal.',
      [
        [45e6, 'EUR', true],
        [40, '%', true],
        [45, '%', false],
      ],
    ],
    [
      'en',
      'Elmbridge wins £2.5m for a new surgery',
      'The village has won a grant of £2.5 million for a new surgery and 400 homes, the county said on Tuesday.',
      'House prices in the village have risen by 2.5% this year.',
      [
        [2.5e6, 'GBP', true],
        [400, 'homes', true],
        [2.5, '%', false],
      ],
    ],
  ])('%s: a headline number names the first figure the body tells with it, not a later one sharing its digits', (lang, title, lead, later, expected) => {
    const figures = summary([lead, filler(6), later].join('\n\n'), lang, title).figures;
    expect(figures.map((f) => [f.value, f.unit, f.key])).toEqual(expected);
  });

  it.each([
    ['en', 'The storm damaged 4,200 homes across the county, of which 1,300 were still without power on Monday.'],
    ['de', 'Der Sturm hat im Landkreis 4.200 Häuser beschädigt, davon 1.300 schwer.'],
    ['it', 'Il nubifragio ha danneggiato 4.200 case in provincia, di cui 1.300 ancora senza corrente.'],
    ['pt', 'A tempestade danificou 4.200 casas no distrito, das quais 1.300 continuam sem luz.'],
    ['nl', 'De storm beschadigde 4.200 woningen in de provincie, waarvan 1.300 nog zonder stroom zitten.'],
  ])('%s: the part a total is broken down into is not key, the total is', (lang, text) => {
    expect(summary(text, lang).figures.map((f) => [f.value, f.key])).toEqual([
      [4200, true],
      [1300, false],
    ]);
  });

  it('a small count of matches or charges far from the lead is not boxed next to the story’s money and crowd', () => {
    const text = [
      'Some 47,500 fans watched the club win the cup, which brings it a prize of 4 million euros.',
      filler(8),
      'The team has now gone 15 matches without a defeat.',
    ].join('\n\n');
    expect(keyFigures(text, 'en')).toEqual([47500, 4e6]);
  });

  it('spans of time are never key, and two to four figures are, whatever the article holds', () => {
    const text = Array.from({ length: 10 }, (_, i) => `Region ${i + 1} spent €${(i + 1) * 3} million on roads over ${i + 2} years.`).join(' ');
    const figures = summary(text, 'en').figures;
    const key = figures.filter((f) => f.key);
    expect(key.length).toBeGreaterThanOrEqual(2);
    expect(key.length).toBeLessThanOrEqual(4);
    expect(key.every((f) => f.unit === 'EUR')).toBe(true);
  });
});

describe('rain and snow in millimetres and centimetres are measures, not counted things', () => {
  it.each([
    ['en', 'Up to 150 millimetres of rain fell on the fells overnight.', 'mm'],
    ['it', 'Sono caduti oltre 250 millimetri di pioggia in due giorni.', 'mm'],
    ['pt', 'Em alguns pontos choveu 280 milímetros em dois dias.', 'mm'],
    ['de', 'In der Eifel fielen 40 Zentimeter Neuschnee.', 'cm'],
  ])('%s', (lang, text, unit) => {
    expect(summary(text, lang).figures[0]?.unit).toBe(unit);
  });
});

describe('a speed is km/h, and a measure set off by commas measures the phrase before them', () => {
  it.each([
    ['es', 'Las rachas de viento, de hasta 70 kilómetros por hora, complican el trabajo.', 'Las rachas de viento'],
    ['pt', 'As rajadas de vento, de até 90 quilômetros por hora, derrubaram árvores.', 'As rajadas de vento'],
  ])('%s', (lang, text, counts) => {
    const figure = summary(text, lang).figures[0];
    expect(figure?.unit).toBe('km/h');
    expect(figure?.counts).toBe(counts);
  });
});

describe('a span after a per-unit word is the period of a rate, not what the number counts', () => {
  it.each([
    ['nl', 'Schiphol moet het aantal vluchten terugbrengen naar 483.000 per jaar.', 483000],
    ['nl', 'Er komen 68.000 woningen bij, ver onder de 100.000 per jaar.', 100000],
  ])('%s', (lang, text, value) => {
    const figure = summary(text, lang).figures.find((f) => f.value === value);
    expect(figure).toBeDefined();
    expect(figure!.unit ?? '').not.toMatch(/^(jaar|dia)$/);
  });
});

describe('what a figure counts is a noun, never a verb or an adverb', () => {
  it.each([
    ['es', 'El club deberá vender jugadores por valor de 15 millones antes del cierre del mercado.', 15e6, 'antes'],
    ['pt', 'No total, 116 votaram a favor da proposta do Governo.', 116, 'votaram'],
    ['id', 'Pekan lalu 160 direbut pasukan pemberontak di perbatasan.', 160, 'direbut'],
    ['pt', 'Das casas atingidas, 160 ficaram sem telhado.', 160, 'ficaram'],
  ])('%s: %s', (lang, text, value, verb) => {
    const f = summary(text, lang).figures.find((x) => x.value === value);
    expect(f).toBeDefined();
    expect(f!.unit).not.toBe(verb);
  });

  it.each([
    ['es', 'El banco central recortó la tasa en 25 puntos base.', 'pb'],
    ['es', 'El embalse recibió unos 200.000 metros cúbicos de agua.', 'm³'],
    ['pt', 'O Banco Central cortou os juros em 50 pontos-base.', 'pb'],
    ['en', 'The aquifer lost 4.4 million acre-feet of water.', 'acre-ft'],
  ])('%s: a unit of several words is one unit: %s', (lang, text, unit) => {
    expect(summary(text, lang).figures.map((f) => f.unit)).toEqual([unit]);
  });
});

describe('the lead after a dateline', () => {
  it.each([
    ['ms', 'KOTA BHARU – Seramai 15,600 mangsa banjir dipindahkan ke pusat pemindahan.', 15600],
    ['id', 'BEKASI - Sebanyak 8.450 rumah terendam banjir sejak Sabtu malam.', 8450],
  ])('%s: the dash opens the sentence, so the capitalized word before the number is no name: %s', (lang, text, value) => {
    expect(summary(text, lang).figures.map((f) => [f.value, f.key])).toEqual([[value, true]]);
  });
});

describe('a count right after a year', () => {
  it('de: "bis 2030 1.100 Arbeitsplätze" is 1100 jobs, the year no figure; a run of ungrouped digits stays a phone number', () => {
    expect(summary('Die Firma will bis 2030 1.100 Arbeitsplätze schaffen.', 'de').figures.map((f) => [f.value, f.unit])).toEqual([[1100, 'Arbeitsplätze']]);
    expect(summary('Die Hotline ist unter 0800 2030 100 erreichbar.', 'de').figures).toEqual([]);
  });
});
