import { describe, expect, it } from 'vitest';
import type { ApproxWay } from '../../src/domain/summary.js';
import { summarizeArticle } from '../../src/summarize/index.js';
import { loadFixture } from '../helpers/load-fixture.js';

/**
 * Wire-style articles in every supported language: titles before names, names
 * before verbs, pronoun follow-ups, quotes over several paragraphs, numbers
 * with scale words and currencies. Each quote is named by its first words.
 */
interface Expected {
  lang: string;
  /** [first words, speaker] */
  quotes: [string, string][];
  /** [value, unit, approx] */
  figures: [number, string | null, ApproxWay | null][];
}

const expected: Record<string, Expected> = {
  'wire-en-1': {
    lang: 'en',
    quotes: [
      ['We are not out of the woods', 'Andrew Bailey'],
      ['Wage growth is still', 'Andrew Bailey'],
      ['Monetary policy has to stay restrictive for longer than markets expect, and we will', 'Clare Lombardelli'],
    ],
    figures: [
      [4.75, '%', null],
      [2.3, '%', null],
      [25, 'bp', null],
      [1.27, 'USD', null],
      [1600000, 'people', 'about'],
    ],
  },
  'wire-en-2': {
    lang: 'en',
    quotes: [
      ['This is a dangerous', 'Rob Rogers'],
      ['I have spoken to families', 'Chris Minns'],
      ['We will be there', 'Chris Minns'],
    ],
    figures: [
      [30000, 'residents', 'over'],
      [45000, 'ha', null],
      [120, 'homes', 'over'],
      [500000000, 'AUD', null],
      [2000, 'firefighters', 'about'],
    ],
  },
  'wire-id-1': {
    lang: 'id',
    quotes: [
      ['Keputusan ini konsisten', 'Perry Warjiyo'],
      ['Stimulus ini akan diberikan', 'Airlangga Hartarto'],
    ],
    figures: [
      [6, '%', null],
      [10.92, '%', null],
      [15000000000000, 'IDR', null],
      [16000000, 'keluarga', 'about'],
      [151200000000, 'USD', null],
    ],
  },
  'wire-id-2': {
    lang: 'id',
    quotes: [
      ['Kami sudah mengirimkan', 'Suharyanto'],
      ['Tim SAR gabungan', 'Suharyanto'],
      ['Bantuan akan terus datang', 'Dedi Mulyadi'],
    ],
    figures: [
      [3200, 'rumah', 'over'],
      [1400, 'warga', null],
      [1500000000, 'IDR', null],
      [10, 'km', null],
      [7, 'km', 'about'],
    ],
  },
  'wire-ms-1': {
    lang: 'ms',
    quotes: [
      ['Peruntukan ini', 'Amir Hamzah Azizan'],
      ['Kami menjangkakan', 'Mohd Hisham Mohd Anip'],
    ],
    figures: [
      [2500000000, 'MYR', null],
      [150000, 'mangsa', null],
      [1.9, '%', null],
    ],
  },
  'wire-ms-2': {
    lang: 'ms',
    quotes: [
      ['Ini membuktikan', 'Zafrul Abdul Aziz'],
      ['Kita akan terus', 'Zafrul Abdul Aziz'],
    ],
    figures: [
      [11.1, '%', null],
      [134100000000, 'MYR', null],
      [300000000000, 'MYR', null],
      [2500, 'syarikat', null],
    ],
  },
  'wire-de-1': {
    lang: 'de',
    quotes: [
      ['Wir lassen die Menschen', 'Friedrich Merz'],
      ['Wir halten die Schuldenbremse', 'Lars Klingbeil'],
      ['Das ist zu wenig', 'Katharina Dröge'],
    ],
    figures: [
      [15000000000, 'EUR', null],
      [40000000, 'Haushalte', 'about'],
      [2.3, '%', null],
    ],
  },
  'wire-de-2': {
    lang: 'de',
    quotes: [
      ['Die Lage ist ernst', 'Markus Söder'],
      ['Unsere Leute arbeiten', 'Sabine Lackner'],
    ],
    figures: [
      [3000, 'Menschen', 'over'],
      [7, 'm', 'over'],
      [100000000, 'EUR', null],
      [150, 'l', 'under'],
      [5000, 'Einsatzkräfte', 'about'],
      [2000000000, 'EUR', 'over'],
    ],
  },
  'wire-fr-1': {
    lang: 'fr',
    quotes: [
      ["Nous n'avons pas d'autre choix", 'Antoine Armand'],
      ['Les plus grandes entreprises', 'Michel Barnier'],
    ],
    figures: [
      [40000000000, 'EUR', null],
      [5, '%', null],
      [3200000000000, 'EUR', null],
      [1.1, '%', null],
      [65000, 'postes', 'about'],
    ],
  },
  'wire-fr-2': {
    lang: 'fr',
    quotes: [
      ["C'est une tempête", 'Gérald Darmanin'],
      ['Nous espérons rétablir', 'Marianne Laigneau'],
      ['mais certaines zones', 'Marianne Laigneau'],
    ],
    figures: [
      [1200000, 'foyers', 'about'],
      [207, 'km/h', null],
      [3000, 'agents', 'over'],
      [500000000, 'EUR', null],
    ],
  },
  'wire-es-1': {
    lang: 'es',
    quotes: [
      ['España crea empleo', 'Yolanda Díaz'],
      ['Seguimos avanzando', 'Pedro Sánchez'],
      ['Es una medida justa', 'Yolanda Díaz'],
    ],
    figures: [
      [27000, 'personas', null],
      [21600000, 'trabajadores', null],
      [2.7, '%', null],
      [1184, 'EUR', 'under'],
    ],
  },
  'wire-es-2': {
    lang: 'es',
    quotes: [
      ['Nunca habíamos visto', 'Carlos Mazón'],
      ['Estaremos el tiempo', 'Margarita Robles'],
    ],
    figures: [
      [10000000000, 'EUR', 'over'],
      [120000, 'vehículos', 'over'],
      [4000, 'viviendas', 'about'],
      [1000, 'militares', null],
    ],
  },
  'wire-pt-1': {
    lang: 'pt',
    quotes: [
      ['Este é um orçamento', 'Joaquim Miranda Sarmento'],
      ['Queremos salários', 'Luís Montenegro'],
    ],
    figures: [
      [0.3, '%', null],
      [93.3, '%', null],
      [5500000000, 'EUR', null],
      [2000000, 'famílias', 'about'],
      [6.1, '%', null],
    ],
  },
  'wire-pt-2': {
    lang: 'pt',
    quotes: [
      ['A situação continua', 'André Fernandes'],
      ['Ninguém ficará', 'Margarida Blasco'],
    ],
    figures: [
      [100000, 'ha', 'over'],
      [5000, 'bombeiros', 'about'],
      [1500, 'viaturas', null],
      [50000000, 'EUR', null],
    ],
  },
  'wire-it-1': {
    lang: 'it',
    quotes: [
      ['È una manovra seria', 'Giorgia Meloni'],
      ['Non ci sono nuove tasse', 'Giancarlo Giorgetti'],
      ['È una manovra senza visione', 'Elly Schlein'],
    ],
    figures: [
      [30000000000, 'EUR', 'about'],
      [14000000, 'lavoratori', null],
      [3.3, '%', null],
      [6.1, '%', null],
    ],
  },
  'wire-it-2': {
    lang: 'it',
    quotes: [
      ['La situazione è molto critica', 'Irene Priolo'],
      ['Stiamo evacuando', 'Fabio Ciciliano'],
    ],
    figures: [
      [2000, 'persone', 'over'],
      [1200, 'volontari', 'about'],
      [500000000, 'EUR', 'over'],
    ],
  },
  'wire-nl-1': {
    lang: 'nl',
    quotes: [
      ['Het woningtekort is', 'Mona Keijzer'],
      ['We moeten sneller bouwen', 'Dick Schoof'],
    ],
    figures: [
      [2000000000, 'EUR', null],
      [100000, 'woningen', null],
      [0.8, '%', null],
      [3.7, '%', null],
      [400000, 'woningen', 'over'],
    ],
  },
  'wire-nl-2': {
    lang: 'nl',
    quotes: [
      ['De veiligheid van reizigers', 'Erik Kroeze'],
      ['Blijf binnen', 'Marco Verbeek'],
    ],
    figures: [
      [120, 'km/h', 'under'],
      [250000, 'reizigers', 'about'],
      [15000000, 'EUR', null],
    ],
  },
};

describe('wire copy in every supported language', () => {
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: language, each quote's speaker, figures with what they count and whether approximate`, () => {
      const { title, text } = loadFixture(`${name}.txt`);
      const summary = summarizeArticle(text, { title });
      expect(summary.lang).toBe(want.lang);
      for (const [start, speaker] of want.quotes) {
        const quote = summary.quotes.find((q) => q.text.startsWith(start));
        expect(quote, start).toBeDefined();
        expect(quote!.speaker, start).toBe(speaker);
      }
      const figures = summary.figures.map((f) => [f.value, f.unit, f.approx]);
      for (const f of want.figures) expect(figures, JSON.stringify(f)).toContainEqual(f);
      const key = summary.figures.filter((f) => f.key);
      expect(key.length).toBeGreaterThan(0);
      expect(summary.gist.length).toBeGreaterThan(0);
      // No dateline, no junk line, and nothing leaning on an earlier sentence opens the gist.
      expect(summary.gist[0]).not.toMatch(/^[\p{Lu}\s,]{4,}(\(|:|—|-)|^(BACA JUGA|Read more)/u);
      expect(JSON.stringify(summary)).not.toMatch(/BACA JUGA|Read more|Markets brace/);
    });
  }

  it('spans of time stay out of the key figures when money and people are there (wire-de-2: "48 Stunden")', () => {
    const { title, text } = loadFixture('wire-de-2.txt');
    const hours = summarizeArticle(text, { title }).figures.find((f) => f.unit === 'Stunden');
    expect(hours).toMatchObject({ value: 48, key: false });
  });
});
