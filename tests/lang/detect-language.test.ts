import { describe, expect, it } from 'vitest';
import { detectLanguage, isJunkLine, LANGUAGE_PACKS } from '../../src/lang/index.js';

const samples: Record<string, string[]> = {
  en: [
    'The minister said the plan would cost more than $2bn and take three years to finish.',
    'Police said they had arrested two men after the attack on Sunday night.',
  ],
  id: [
    'Menteri mengatakan bahwa rencana itu akan menelan biaya lebih dari Rp 2 triliun.',
    'Polisi telah menangkap dua orang setelah serangan pada Minggu malam, kata juru bicara.',
  ],
  ms: ['Menteri berkata bahawa rancangan itu akan menelan belanja kerana kerajaan mahu membantu rakyat.'],
  de: ['Der Minister sagte, dass der Plan mehr als zwei Milliarden Euro kosten wird.'],
  fr: ['Le ministre a déclaré que le plan coûtera plus de deux milliards d’euros.'],
  es: ['El ministro dijo que el plan costará más de dos mil millones de euros.'],
  pt: ['O ministro disse que o plano vai custar mais de dois bilhões de reais.'],
  it: ['Il ministro ha detto che il piano costerà più di due miliardi di euro.'],
  nl: ['De minister zei dat het plan meer dan twee miljard euro zal kosten.'],
};

describe('detectLanguage', () => {
  for (const [code, texts] of Object.entries(samples)) {
    it(`recognises ${code}`, () => {
      for (const t of texts) expect(detectLanguage(t)).toBe(code);
    });
  }

  it('never confuses English and Indonesian, even with names and numbers of the other', () => {
    expect(detectLanguage('Presiden Joe Biden mengatakan bahwa Amerika Serikat akan membantu.')).toBe('id');
    expect(detectLanguage('Jokowi said the Indonesian government would build a new capital in Kalimantan.')).toBe('en');
  });

  it('tells Malay wire copy from Indonesian', () => {
    expect(
      detectLanguage(
        'KUALA LUMPUR: Kerajaan memperuntukkan RM2.5 bilion bagi kerja-kerja tebatan banjir di seluruh negara tahun depan, kata Menteri Kewangan. Kadar inflasi negara kekal rendah pada 1.9 peratus.',
      ),
    ).toBe('ms');
  });

  it('weighs the function words Malay shares with Indonesian alike, so the distinctive ones decide', () => {
    // Every function word here is common to both; "cuba", "ramai" and "beliau berkata" are Malay.
    expect(
      detectLanguage(
        'Menurutnya, suspek ditahan ketika cuba melarikan diri dan kini masih direman sejak Jumaat. Kami tidak menolak kemungkinan lebih ramai akan ditahan, katanya.',
      ),
    ).toBe('ms');
    expect(
      detectLanguage(
        'Ketika ditanya sama ada kerajaan akan memansuhkan tol, beliau berkata perkara itu masih dikaji. Kita tidak mahu rakyat terbeban, katanya lagi.',
      ),
    ).toBe('ms');
    expect(
      detectLanguage(
        'Ia menjelaskan, pemerintah masih menunggu data dari kementerian sebelum memutuskan apakah harga akan naik, karena kami tidak ingin warga terbebani.',
      ),
    ).toBe('id');
  });

  it('defaults to English when nothing matches', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('12345 !!!')).toBe('en');
  });

  it('covers every pack', () => {
    expect(new Set(LANGUAGE_PACKS.map((p) => p.code))).toEqual(new Set(Object.keys(samples)));
  });
});

describe('isJunkLine', () => {
  it('catches related links and promos in each language', () => {
    const junk: [string, string][] = [
      ['Read more: How to prepare for a hurricane', 'en'],
      ['BACA JUGA: Harga BBM naik', 'id'],
      ['MEMBACA  Bagaimana puasa intermiten dapat meningkatkan energi', 'id'],
      ['Unlock newsletter US Election Countdown secara gratis', 'id'],
      ['Baca juga: Harga minyak sawit naik', 'ms'],
      ['Lesen Sie auch: Die Bahn streikt wieder', 'de'],
      ['Lire aussi : La grève continue', 'fr'],
      ['Lee también: El Gobierno aprueba el presupuesto', 'es'],
      ['Leia também: Governo anuncia pacote', 'pt'],
      ['Leggi anche: Il governo approva la manovra', 'it'],
      ['Lees ook: Kabinet presenteert begroting', 'nl'],
      ['Relacionado: Câmara aprova 2.000 vagas em creches', 'pt'],
      ['Relacionados: Novo aeroporto custará 6 mil milhões', 'pt'],
      ['Relacionado: El Ayuntamiento abre 500 plazas', 'es'],
      ['Correlati: Il comune stanzia 3 milioni', 'it'],
      ['À lire : La mairie ouvre 200 places', 'fr'],
    ];
    for (const [line, lang] of junk) expect(isJunkLine(line, lang), line).toBe(true);
  });

  it('catches bylines, photo credits, wire tags, stamps and follow or subscribe promos in each language', () => {
    const junk: [string, string][] = [
      ['Von Jonas Weidner und Petra Albrecht, dpa', 'de'],
      ['Die Feuerwehr pumpt den Keller aus. Foto: Lea Brandt/dpa', 'de'],
      ['Folgen Sie uns auf Facebook und Instagram', 'de'],
      ['Aktualisiert am 12.03.2026, 14:30 Uhr', 'de'],
      ['Related coverage: Ten towns brace for the floods', 'en'],
      ['Get the morning briefing in your inbox every weekday.', 'en'],
      ['Por Martín Ocaña Ruiz | Sevilla | 02/05/2026 - 09:10h', 'es'],
      ['Bomberos en la zona cero del incendio, que quemó 800 hectáreas. EFE/Carlos Montero', 'es'],
      ['Redacción Economía | Madrid', 'es'],
      ['Síguenos en Instagram y en nuestro canal de WhatsApp', 'es'],
      ['Suscríbete a nuestro boletín y recibe cada lunes las 5 noticias clave', 'es'],
      ['Par Juliette Morand, avec AFP', 'fr'],
      ['Publié le 04/02/2026 à 08h15', 'fr'],
      ['Les secours devant la mairie, où 150 personnes patientaient. Photo Ouest-France/Yann Le Goff', 'fr'],
      ['Suivez-nous sur Instagram pour ne rien rater', 'fr'],
      ['Pewarta: Dimas Prasetyo | Editor: Rina Wulandari', 'id'],
      ['Petugas mengevakuasi warga, Rabu (4/3/2026). ANTARA FOTO/Rizki Saputra/nym.', 'id'],
      ['Tribunnews.com - 04/03/2026, 10:20 WIB', 'id'],
      ['di Giulia Ferrante', 'it'],
      ['I soccorritori al lavoro sulla frana che ha travolto 12 case (foto Vigili del fuoco)', 'it'],
      ['Iscriviti alla newsletter della Cronaca: le notizie di Roma ogni sera', 'it'],
      ['Oleh NURUL ASYIKIN ROSLAN', 'ms'],
      ['Anggota bomba memadam kebakaran di Klang, petang tadi. - Foto BERNAMA', 'ms'],
      ['-- BERNAMA', 'ms'],
      ['Sila ikuti kami di saluran Telegram untuk berita terkini', 'ms'],
      ['Door Lotte van Dijk', 'nl'],
      ['Brandweerlieden bij de uitslaande brand, waar 40 woningen zijn ontruimd. Foto ANP / Jeroen Smit', 'nl'],
      ['Meld je aan voor onze nieuwsbrief en mis niets uit de regio', 'nl'],
      ['Por Carla Nogueira, g1 Recife', 'pt'],
      ['12/04/2026 07h30 · Atualizado há 3 horas', 'pt'],
      ['O prefeito durante a coletiva, em foto de 2024 — Foto: Reprodução/TV Globo', 'pt'],
      ['Receba no WhatsApp as notícias da sua região', 'pt'],
      ['ABC // XYZ', 'pt'],
      ['Cet article est réservé aux abonnés. Il vous reste 70% à découvrir.', 'fr'],
      ['Este contenido es exclusivo para suscriptores', 'es'],
      ['Este conteúdo é exclusivo para assinantes', 'pt'],
      ['Questo articolo è riservato agli abbonati', 'it'],
      ['Dieser Artikel ist nur für Abonnenten', 'de'],
      ['Dit artikel is alleen voor abonnees', 'nl'],
      ['This article is for subscribers only', 'en'],
      ['Konten ini khusus untuk pelanggan', 'id'],
      ['Artikel ini telah tayang di Tribunjateng.com dengan judul "Jembatan Putus, Warga Seberangi Sungai dengan Rakit"', 'id'],
      ['Artikel ini hanya untuk pelanggan', 'ms'],
      ['Baca lagi: Banjir Pahang: 3,100 mangsa di 40 PPS', 'ms'],
    ];
    for (const [line, lang] of junk) expect(isJunkLine(line, lang), line).toBe(true);
  });

  it('keeps article sentences that open like a byline, a promo or a credit', () => {
    const kept: [string, string][] = [
      ['Por Navidad, los comercios abrirán 12 horas más.', 'es'],
      ['Por Real Decreto, el Gobierno aprobó ayer 300 millones para la sequía.', 'es'],
      ['Von der Leyen sagte am Montag, die EU stelle 2 Milliarden Euro bereit.', 'de'],
      ['Door de storm vielen in Utrecht 12 bomen om.', 'nl'],
      ['Di Lorenzo ha annunciato 14 Daspo per i tifosi violenti.', 'it'],
      ['Oleh itu, kerajaan negeri memperuntukkan RM20 juta.', 'ms'],
      ['Artikel ini menyebut 12 desa terdampak banjir.', 'id'],
      ['Par ailleurs, la mairie a recruté 12 agents.', 'fr'],
      ['Sigue la búsqueda de los 3 pescadores desaparecidos.', 'es'],
      ['A foto mostra o prefeito ao lado de 40 vereadores.', 'pt'],
      ['Pewarta foto itu ditahan polisi selama 2 jam.', 'id'],
    ];
    for (const [line, lang] of kept) expect(isJunkLine(line, lang), line).toBe(false);
  });

  it('keeps article sentences', () => {
    expect(isJunkLine('The newsletter industry grew last year, analysts said.', 'en')).toBe(false);
    expect(isJunkLine('Pemerintah menambah anggaran subsidi energi.', 'id')).toBe(false);
    expect(isJunkLine('Relacionado com a greve, o sindicato pediu 3% de aumento.', 'pt')).toBe(false);
  });
});
