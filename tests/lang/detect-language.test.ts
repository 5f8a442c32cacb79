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

  it('keeps article sentences', () => {
    expect(isJunkLine('The newsletter industry grew last year, analysts said.', 'en')).toBe(false);
    expect(isJunkLine('Pemerintah menambah anggaran subsidi energi.', 'id')).toBe(false);
    expect(isJunkLine('Relacionado com a greve, o sindicato pediu 3% de aumento.', 'pt')).toBe(false);
  });
});
