import { describe, expect, it } from 'vitest';
import { speakersOf } from '../helpers/speaker-cases.js';

describe('attribution word orders', () => {
  const cases: [string, string, string, string][] = [
    ['en: "…," said X', 'en', '“We will not raise taxes this year,” said Rachel Reeves.', 'Rachel Reeves'],
    ['en: "…," X said', 'en', '“We will not raise taxes this year,” Rachel Reeves said.', 'Rachel Reeves'],
    ['en: said X, the title of Y', 'en', '“We will not raise taxes this year,” said Rachel Reeves, the chancellor of the exchequer.', 'Rachel Reeves'],
    ['en: X told Reuters', 'en', '“We will not raise taxes this year,” Rachel Reeves told Reuters.', 'Rachel Reeves'],
    ['en: X said: "…"', 'en', 'Chancellor Rachel Reeves said: “We will not raise taxes this year.”', 'Rachel Reeves'],
    ['en: according to X', 'en', 'According to Rachel Reeves, “we will not raise taxes this year”.', 'Rachel Reeves'],
    ['id: "…," kata X', 'id', '“Kami tidak akan menaikkan pajak tahun ini,” kata Menteri Keuangan Sri Mulyani Indrawati.', 'Sri Mulyani Indrawati'],
    ['id: X mengatakan: "…"', 'id', 'Menteri Keuangan Sri Mulyani Indrawati mengatakan: “Kami tidak akan menaikkan pajak tahun ini.”', 'Sri Mulyani Indrawati'],
    ['id: menurut X', 'id', 'Menurut Sri Mulyani Indrawati, “pajak tidak akan naik tahun ini”.', 'Sri Mulyani Indrawati'],
    ['ms: "…," kata X', 'ms', '“Kita tidak akan menaikkan cukai tahun ini,” kata Perdana Menteri Anwar Ibrahim.', 'Anwar Ibrahim'],
    ['de: „…“, sagte X', 'de', '„Wir werden die Steuern nicht erhöhen“, sagte Finanzminister Christian Lindner.', 'Christian Lindner'],
    ['de: X sagte: „…“', 'de', 'Christian Lindner sagte: „Wir werden die Steuern nicht erhöhen.“', 'Christian Lindner'],
    ['fr: « … », a déclaré X', 'fr', '« Nous n’augmenterons pas les impôts », a déclaré le Premier ministre Michel Barnier.', 'Michel Barnier'],
    ['fr: selon X', 'fr', 'Selon la ministre du Travail Astrid Panosyan-Bouvet, « le plan protège les plus fragiles ».', 'Astrid Panosyan-Bouvet'],
    ['es: "…", dijo X', 'es', '"No vamos a subir los impuestos este año", dijo el presidente del Gobierno, Pedro Sánchez.', 'Pedro Sánchez'],
    ['pt: "…", disse X', 'pt', '"Não vamos aumentar os impostos este ano", disse o primeiro-ministro Luís Montenegro.', 'Luís Montenegro'],
    ['it: «…», ha detto X', 'it', '«Non aumenteremo le tasse quest’anno», ha detto la presidente del Consiglio Giorgia Meloni.', 'Giorgia Meloni'],
    ['nl: "…", zei X', 'nl', '"We gaan de belastingen dit jaar niet verhogen", zei minister-president Dick Schoof.', 'Dick Schoof'],
  ];
  for (const [name, lang, text, speaker] of cases) {
    it(name, () => expect(speakersOf(text, lang)).toEqual([speaker]));
  }
});

describe('titles and roles are stripped', () => {
  it('"sekretaris jenderal Nato Mark Rutte" is Mark Rutte', () => {
    const text = [
      'Nato memperingatkan Rusia. “Ini eskalasi yang berbahaya bagi Eropa,” kata sekretaris jenderal Nato Mark Rutte.',
      'Rutte menambahkan bahwa sekutu akan terus membantu Ukraina.',
    ].join('\n\n');
    expect(speakersOf(text, 'id')).toEqual(['Mark Rutte']);
  });

  it('an organisation before the name is a role, a first name used later is not ("Arief Prasetyo Adi")', () => {
    const text = [
      '“Pasokan dari daerah sentra produksi berkurang karena musim hujan,” ujar Kepala Badan Pangan Nasional Arief Prasetyo Adi di Jakarta.',
      'Arief menambahkan, pemerintah telah menyiapkan cadangan beras. “Stok aman sampai akhir tahun,” tuturnya.',
    ].join('\n\n');
    expect(speakersOf(text, 'id')).toEqual(['Arief Prasetyo Adi', 'Arief Prasetyo Adi']);
  });

  it('"Ukrainian President Volodymyr Zelensky" is Volodymyr Zelensky', () => {
    const text = 'Ukraine asked for help. “We need air defence now, not next year,” said Ukrainian President Volodymyr Zelensky.';
    expect(speakersOf(text, 'en')).toEqual(['Volodymyr Zelensky']);
  });
});

describe('later mentions resolve to the named speaker', () => {
  it('a surname', () => {
    const text = [
      '“The plan is ready and funded,” said Health Secretary Wes Streeting.',
      'Later, Streeting said: “Waiting lists will fall by the summer of next year.”',
    ].join('\n\n');
    expect(speakersOf(text, 'en')).toEqual(['Wes Streeting', 'Wes Streeting']);
  });

  it('English pronouns', () => {
    const text = ['Mayor Karen Bass visited the site on Monday.', '“We will rebuild every single home that was lost,” she said.'].join('\n\n');
    expect(speakersOf(text, 'en')).toEqual(['Karen Bass']);
  });

  it('Indonesian "katanya", "ujarnya" and "Ia"', () => {
    const text = [
      'Banjir melanda Jawa Barat sejak Minggu.',
      'Gubernur Jawa Barat Dedi Mulyadi mengatakan banjir merendam ribuan rumah.',
      '“Kami sudah mengirim bantuan ke semua lokasi terdampak,” katanya.',
      'Ia menambahkan: “Warga diminta tetap waspada selama musim hujan.”',
      '“Posko dibuka selama dua puluh empat jam penuh,” ujarnya.',
    ].join('\n\n');
    expect(speakersOf(text, 'id')).toEqual(['Dedi Mulyadi', 'Dedi Mulyadi', 'Dedi Mulyadi']);
  });

  it('the latest named speaker wins', () => {
    const text = [
      '“Prices will keep rising for months,” said economist Ann Lee.',
      'Finance Minister Paul Grant disagreed. “Inflation has already peaked and will fall soon,” he said.',
    ].join('\n\n');
    expect(speakersOf(text, 'en')).toEqual(['Ann Lee', 'Paul Grant']);
  });

  it('French "a-t-il ajouté" and German "fügte er hinzu"', () => {
    const fr = ['« Le budget est prêt pour le vote », a déclaré Michel Barnier.', '« C’est un effort sans précédent », a-t-il ajouté.'].join('\n\n');
    expect(speakersOf(fr, 'fr')).toEqual(['Michel Barnier', 'Michel Barnier']);
    const de = ['„Der Haushalt steht jetzt endlich“, sagte Christian Lindner.', '„Die Zahlen sind eindeutig“, fügte er hinzu.'].join('\n\n');
    expect(speakersOf(de, 'de')).toEqual(['Christian Lindner', 'Christian Lindner']);
  });
});

describe('who can speak', () => {
  it('an organisation', () => {
    expect(speakersOf('“The talks were useful but no deal was reached,” the Kremlin said.', 'en')).toEqual(['Kremlin']);
    expect(speakersOf('“Pasukan Korea Utara sudah berada di Kursk,” kata Nato.', 'id')).toEqual(['Nato']);
  });

  it('nobody named: null', () => {
    expect(speakersOf('“The talks were useful but no deal was reached,” a spokesman said.', 'en')).toEqual([null]);
    expect(speakersOf('“Harga beras terus naik sejak bulan lalu,” kata seorang pedagang.', 'id')).toEqual([null]);
    expect(speakersOf('“Harga beras terus naik sejak bulan lalu,” kata Menteri Perdagangan.', 'id')).toEqual([null]);
  });
});

describe('appositions', () => {
  it('"X, the title, said:" and "X, 45, said"', () => {
    expect(speakersOf('Anna Berg, the city engineer, said: “The bridge will open in May.”', 'en')).toEqual(['Anna Berg']);
    expect(speakersOf('Tom Reed, 45, said: “I have driven this road for twenty years.”', 'en')).toEqual(['Tom Reed']);
  });
});

describe('roles before the name after the verb', () => {
  const cases: [string, string, string, string][] = [
    [
      'en: lowercase role words',
      'en',
      '"The bridge is safer now than on the day it first opened," said chief engineer Maria Costa, who led the project.',
      'Maria Costa',
    ],
    ['en: a lowercase role not in any list', 'en', '“We are spending a fortune on rails,” said councillor Marcus Reid, who led the campaign.', 'Marcus Reid'],
    ['en: "said economist X"', 'en', '“Growth will slow sharply next year,” said economist Ann Lee.', 'Ann Lee'],
    ['en: "said Finance Minister X"', 'en', '“Growth will slow sharply next year,” said Finance Minister Paul Grant.', 'Paul Grant'],
    ['id: "kata pengamat X"', 'id', '“Harga beras masih akan naik bulan depan,” kata pengamat pertanian Khudori.', 'Khudori'],
    ['de: "sagte Bundeskanzler X"', 'de', '„Wir werden die Steuern nicht erhöhen“, sagte Bundeskanzler Friedrich Merz.', 'Friedrich Merz'],
    [
      'fr: a lowercase nationality after the title',
      'fr',
      '« Nous ne céderons pas », a déclaré le président ukrainien Volodymyr Zelensky.',
      'Volodymyr Zelensky',
    ],
    [
      'es: a lowercase nationality, then the name in apposition',
      'es',
      '"No vamos a ceder", dijo el presidente ucraniano, Volodímir Zelenski.',
      'Volodímir Zelenski',
    ],
    ['it: a lowercase role', 'it', '«Il ponte è sicuro», ha detto l’ingegnere capo Marco Bianchi.', 'Marco Bianchi'],
  ];
  for (const [name, lang, text, speaker] of cases) {
    it(name, () => expect(speakersOf(text, lang)).toEqual([speaker]));
  }
  it('a lowercase word after the verb that heads no name is nobody', () => {
    expect(speakersOf('“We will study a discount,” said the company in a statement.', 'en')).toEqual([null]);
  });
});

describe('long institutional titles', () => {
  it('"Menteri Perumahan dan Kawasan Permukiman Maruarar Sirait": a title carried on over "dan"', () => {
    const text = [
      '“Kami ingin setiap keluarga muda punya kesempatan memiliki rumah,” kata Menteri Perumahan dan Kawasan Permukiman Maruarar Sirait di Jakarta, Senin.',
      'Anggaran program tersebut mencapai Rp 47,5 triliun untuk tahun depan.',
      'Maruarar mengatakan pemerintah akan menyediakan lahan negara. “Lahan itu untuk rumah rakyat,” ujarnya.',
    ].join('\n\n');
    expect(speakersOf(text, 'id')).toEqual(['Maruarar Sirait', 'Maruarar Sirait']);
  });

  it('the same title with the name never used alone: the last two words', () => {
    const text = '“Kami ingin setiap keluarga muda punya rumah,” kata Menteri Perumahan dan Kawasan Permukiman Maruarar Sirait di Jakarta.';
    expect(speakersOf(text, 'id')).toEqual(['Maruarar Sirait']);
  });

  it('"Secretary of State for Health and Social Care Wes Streeting", after and before the quote', () => {
    expect(speakersOf('“We will cut waiting lists this year,” said Secretary of State for Health and Social Care Wes Streeting.', 'en')).toEqual([
      'Wes Streeting',
    ]);
    expect(speakersOf('Secretary of State for Health and Social Care Wes Streeting said: “We will cut waiting lists this year.”', 'en')).toEqual([
      'Wes Streeting',
    ]);
  });

  it('"Kepala Badan Pangan Nasional Arief Prasetyo Adi" keeps a three-word name', () => {
    expect(speakersOf('“Stok beras aman hingga akhir tahun,” kata Kepala Badan Pangan Nasional Arief Prasetyo Adi.', 'id')).toEqual(['Arief Prasetyo Adi']);
  });

  it('a country before the name, even when it never stands alone ("Presiden Ukraina Volodymyr Zelenskyy")', () => {
    expect(speakersOf('“Kami tidak akan menyerah,” kata Presiden Ukraina Volodymyr Zelenskyy.', 'id')).toEqual(['Volodymyr Zelenskyy']);
    expect(speakersOf('“Kami siap berunding,” kata Menteri Luar Negeri Korea Selatan Cho Tae-yul.', 'id')).toEqual(['Cho Tae-yul']);
  });

  it('initials and a province before the name ("Kepala BPBD Jawa Tengah Bergas Catursasi Penanggungan")', () => {
    const text = '“Air pasang tahun ini lebih tinggi dari biasanya,” kata Kepala BPBD Jawa Tengah Bergas Catursasi Penanggungan saat meninjau lokasi.';
    expect(speakersOf(text, 'id')).toEqual(['Bergas Catursasi Penanggungan']);
  });

  it('a university and its country before the name ("Ekonom Universitas Indonesia Fithra Faisal")', () => {
    const text =
      'Ekonom Universitas Indonesia Fithra Faisal menilai target tersebut ambisius. “Tanpa perbaikan perizinan, target akan sulit tercapai,” katanya.';
    expect(speakersOf(text, 'id')).toEqual(['Fithra Faisal']);
  });
});

describe('roles, organisations and names in apposition across languages', () => {
  const cases: [string, string, string, string][] = [
    ['en: possessive role, then the name', 'en', '“We will act fast,” said the company’s chief executive, John Smith.', 'John Smith'],
    [
      'en: an organisation inside the role, then the name',
      'en',
      '“We will act fast,” said the head of the World Health Organization, Tedros Adhanom Ghebreyesus.',
      'Tedros Adhanom Ghebreyesus',
    ],
    ['en: particles inside the name', 'en', '“We will act fast,” said Brazil’s President Luiz Inácio Lula da Silva.', 'Luiz Inácio Lula da Silva'],
    ['id: a province with its initials', 'id', '“Kami akan bertindak cepat,” kata Gubernur DKI Jakarta Pramono Anung.', 'Pramono Anung'],
    ['id: one-word name after titles', 'id', '“Kami akan bertindak cepat,” ujar Kapolda Metro Jaya Irjen Karyoto.', 'Karyoto'],
    ['ms: a numbered title', 'ms', '“Kita akan bertindak segera,” kata Menteri Kewangan II Datuk Seri Amir Hamzah Azizan.', 'Amir Hamzah Azizan'],
    [
      'de: role with an organisation, then the name',
      'de',
      '„Wir handeln schnell“, sagte die Präsidentin der EU-Kommission, Ursula von der Leyen.',
      'Ursula von der Leyen',
    ],
    [
      'fr: role of an organisation with an elision, then the name',
      'fr',
      '« Nous espérons rétablir le courant », a précisé la présidente du directoire d’Enedis, Marianne Laigneau.',
      'Marianne Laigneau',
    ],
    ['it: "il ministro degli Esteri X"', 'it', '«Agiremo in fretta», ha detto il ministro degli Esteri Antonio Tajani.', 'Antonio Tajani'],
    ['nl: "minister van Buitenlandse Zaken X"', 'nl', '"We handelen snel", zei minister van Buitenlandse Zaken Caspar Veldkamp.', 'Caspar Veldkamp'],
    [
      'pt: a department, then the name in apposition',
      'pt',
      '"A situação continua difícil", disse o comandante nacional da Proteção Civil, André Fernandes.',
      'André Fernandes',
    ],
  ];
  for (const [name, lang, text, speaker] of cases) {
    it(name, () => expect(speakersOf(text, lang)).toEqual([speaker]));
  }

  it('a repeated word inside one name is not an organisation ("Mohd Hisham Mohd Anip")', () => {
    const text = '“Hujan lebat dijangka berterusan sehingga Januari,” kata Ketua Pengarah Jabatan Meteorologi Malaysia Dr Mohd Hisham Mohd Anip.';
    expect(speakersOf(text, 'ms')).toEqual(['Mohd Hisham Mohd Anip']);
  });

  it('a name introducing the quote with a colon', () => {
    expect(speakersOf('Dura la leader del Pd Elly Schlein: «È una manovra senza visione, che non aiuta nessuno».', 'it')).toEqual(['Elly Schlein']);
  });
});

describe('who a later pronoun means', () => {
  it('a one-word name with a title and bracketed initials is a person ("Kepala BNPB (BNPB) Suharyanto")', () => {
    const text = [
      'Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto mengatakan, sebanyak 1.400 warga mengungsi.',
      '“Kami sudah mengirimkan 500 tenda ke lokasi terdampak,” kata Suharyanto di Cianjur.',
      'Ia menjelaskan, pencarian korban masih berlangsung. “Tim SAR gabungan bekerja 24 jam,” ujarnya.',
    ].join('\n\n');
    expect(speakersOf(text, 'id')).toEqual(['Suharyanto', 'Suharyanto']);
  });

  it('a titled subject opening the sentence, after a role and a comma ("El presidente del Gobierno, Pedro Sánchez, celebró")', () => {
    const text = [
      '"España crea empleo de calidad a un ritmo nunca visto", afirmó la ministra de Trabajo, Yolanda Díaz.',
      'El presidente del Gobierno, Pedro Sánchez, celebró los datos. "Seguimos avanzando", escribió.',
    ].join('\n\n');
    expect(speakersOf(text, 'es')).toEqual(['Yolanda Díaz', 'Pedro Sánchez']);
  });

  it('a titled subject after an article ("Le Premier ministre Michel Barnier a défendu …")', () => {
    const text = [
      '« Nous n’avons pas d’autre choix que de redresser nos comptes », a déclaré le ministre de l’Économie Antoine Armand.',
      'Le Premier ministre Michel Barnier a défendu le budget. « Les grandes entreprises paieront davantage », a-t-il précisé.',
    ].join('\n\n');
    expect(speakersOf(text, 'fr')).toEqual(['Antoine Armand', 'Michel Barnier']);
  });

  it('"según X" and "…, kata X" are reported speech: a later pronoun means X', () => {
    const es = [
      '"Seguimos avanzando en empleo", escribió el presidente Pedro Sánchez.',
      'Según Yolanda Díaz, el salario mínimo subirá. "Es una medida justa para millones de trabajadores", dijo.',
    ].join('\n\n');
    expect(speakersOf(es, 'es')).toEqual(['Pedro Sánchez', 'Yolanda Díaz']);
    const ms = [
      'Kerajaan memperuntukkan RM2.5 bilion bagi tebatan banjir, kata Menteri Kewangan Amir Hamzah Azizan.',
      '“Peruntukan ini memberi tumpuan kepada negeri Pantai Timur,” katanya.',
    ].join('\n\n');
    expect(speakersOf(ms, 'ms')).toEqual(['Amir Hamzah Azizan']);
  });

  it('a department after a title is not a person ("A ministra da Administração Interna, Margarida Blasco")', () => {
    const text = [
      '"A situação continua difícil", disse o comandante André Fernandes.',
      'A ministra da Administração Interna, Margarida Blasco, anunciou um apoio. "Ninguém ficará para trás", garantiu.',
    ].join('\n\n');
    expect(speakersOf(text, 'pt')).toEqual(['André Fernandes', 'Margarida Blasco']);
  });
});

describe('initials and abbreviations inside a credit line', () => {
  it('"said Dr. Anna Smith" and "House Speaker Brian Bosma said"', () => {
    expect(speakersOf('“We get that you are frustrated with us,” said Dr. Anna Smith.', 'en')).toEqual(['Anna Smith']);
    expect(speakersOf('“We get that you are frustrated with us,” House Speaker Brian Bosma said.', 'en')).toEqual(['Brian Bosma']);
  });

  it('an initial does not end the sentence before or after the quote ("Robert F. Kennedy Jr.")', () => {
    expect(speakersOf('Robert F. Kennedy Jr. said: “The First Amendment carries a responsibility with it.”', 'en')).toEqual(['Robert F Kennedy Jr']);
    expect(speakersOf('“The First Amendment carries a responsibility with it,” said Robert F. Kennedy Jr. on Monday.', 'en')).toEqual(['Robert F Kennedy Jr']);
  });

  it('a long sentence after a quote that closed its own sentence does not credit it', () => {
    const text =
      'Fifty-one percent say that “the president should be removed from office by the Senate.” And 70 percent of Americans say that the offense was wrong.';
    expect(speakersOf(text, 'en')).toEqual([null]);
  });
});

describe('long appositions', () => {
  it('a full name before a long apposition and "told OUTLET:" is the speaker, not the outlet', () => {
    const text =
      'Ian Hamilton, an expert in drug use and mental health at the University of York who did not work on the study, told Newsweek: "Although use increased only a little, the rise matters."';
    expect(speakersOf(text, 'en')).toEqual(['Ian Hamilton']);
  });

  it('"Dr. X, associate professor of …, commented:"', () => {
    const text =
      'Senior author Dr. Silvia Martins, associate professor of epidemiology at Columbia University, commented: "Cannabis use disorder in adolescence has long-term effects."';
    expect(speakersOf(text, 'en')).toEqual(['Silvia Martins']);
  });
});
