import { describe, expect, it } from 'vitest';
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
  figures: [number, string | null, boolean][];
}

const expected: Record<string, Expected> = {
  'wire-en-1': {
    lang: 'en',
    quotes: [['We are not out of the woods', 'Andrew Bailey'], ['Wage growth is still', 'Andrew Bailey'], ['Monetary policy has to stay restrictive for longer than markets expect, and we will', 'Clare Lombardelli']],
    figures: [[4.75, '%', false], [2.3, '%', false], [25, 'bp', false], [1.27, 'USD', false], [1.6e6, 'people', true]],
  },
  'wire-en-2': {
    lang: 'en',
    quotes: [['This is a dangerous', 'Rob Rogers'], ['I have spoken to families', 'Chris Minns'], ['We will be there', 'Chris Minns']],
    figures: [[30000, 'residents', true], [45000, 'ha', false], [120, 'homes', true], [5e8, 'AUD', false], [2000, 'firefighters', true]],
  },
  'wire-id-1': {
    lang: 'id',
    quotes: [['Keputusan ini konsisten', 'Perry Warjiyo'], ['Stimulus ini akan diberikan', 'Airlangga Hartarto']],
    figures: [[6, '%', false], [10.92, '%', false], [15e12, 'IDR', false], [16e6, 'keluarga', true], [151.2e9, 'USD', false]],
  },
  'wire-id-2': {
    lang: 'id',
    quotes: [['Kami sudah mengirimkan', 'Suharyanto'], ['Tim SAR gabungan', 'Suharyanto'], ['Bantuan akan terus datang', 'Dedi Mulyadi']],
    figures: [[3200, 'rumah', true], [1400, 'warga', false], [1.5e9, 'IDR', false], [10, 'km', false], [7, 'km', true]],
  },
  'wire-ms-1': {
    lang: 'ms',
    quotes: [['Peruntukan ini', 'Amir Hamzah Azizan'], ['Kami menjangkakan', 'Mohd Hisham Mohd Anip']],
    figures: [[2.5e9, 'MYR', false], [150000, 'mangsa', false], [1.9, '%', false]],
  },
  'wire-ms-2': {
    lang: 'ms',
    quotes: [['Ini membuktikan', 'Zafrul Abdul Aziz'], ['Kita akan terus', 'Zafrul Abdul Aziz']],
    figures: [[11.1, '%', false], [134.1e9, 'MYR', false], [300e9, 'MYR', false], [2500, 'syarikat', false]],
  },
  'wire-de-1': {
    lang: 'de',
    quotes: [['Wir lassen die Menschen', 'Friedrich Merz'], ['Wir halten die Schuldenbremse', 'Lars Klingbeil'], ['Das ist zu wenig', 'Katharina Dröge']],
    figures: [[15e9, 'EUR', false], [40e6, 'Haushalte', true], [2.3, '%', false]],
  },
  'wire-de-2': {
    lang: 'de',
    quotes: [['Die Lage ist ernst', 'Markus Söder'], ['Unsere Leute arbeiten', 'Sabine Lackner']],
    figures: [[3000, 'Menschen', true], [7, 'm', true], [1e8, 'EUR', false], [150, 'l', true], [5000, 'Einsatzkräfte', true], [2e9, 'EUR', true]],
  },
  'wire-fr-1': {
    lang: 'fr',
    quotes: [["Nous n'avons pas d'autre choix", 'Antoine Armand'], ['Les plus grandes entreprises', 'Michel Barnier']],
    figures: [[4e10, 'EUR', false], [5, '%', false], [3.2e12, 'EUR', false], [1.1, '%', false], [65000, 'postes', true]],
  },
  'wire-fr-2': {
    lang: 'fr',
    quotes: [["C'est une tempête", 'Gérald Darmanin'], ['Nous espérons rétablir', 'Marianne Laigneau'], ['mais certaines zones', 'Marianne Laigneau']],
    figures: [[1.2e6, 'foyers', true], [207, 'km/h', false], [3000, 'agents', true], [5e8, 'EUR', false]],
  },
  'wire-es-1': {
    lang: 'es',
    quotes: [['España crea empleo', 'Yolanda Díaz'], ['Seguimos avanzando', 'Pedro Sánchez'], ['Es una medida justa', 'Yolanda Díaz']],
    figures: [[27000, 'personas', false], [21.6e6, 'trabajadores', false], [2.7, '%', false], [1184, 'EUR', true]],
  },
  'wire-es-2': {
    lang: 'es',
    quotes: [['Nunca habíamos visto', 'Carlos Mazón'], ['Estaremos el tiempo', 'Margarita Robles']],
    figures: [[1e10, 'EUR', true], [120000, 'vehículos', true], [4000, 'viviendas', true], [1000, 'militares', false]],
  },
  'wire-pt-1': {
    lang: 'pt',
    quotes: [['Este é um orçamento', 'Joaquim Miranda Sarmento'], ['Queremos salários', 'Luís Montenegro']],
    figures: [[0.3, '%', false], [93.3, '%', false], [5.5e9, 'EUR', false], [2e6, 'famílias', true], [6.1, '%', false]],
  },
  'wire-pt-2': {
    lang: 'pt',
    quotes: [['A situação continua', 'André Fernandes'], ['Ninguém ficará', 'Margarida Blasco']],
    figures: [[100000, 'ha', true], [5000, 'bombeiros', true], [1500, 'viaturas', false], [5e7, 'EUR', false]],
  },
  'wire-it-1': {
    lang: 'it',
    quotes: [['È una manovra seria', 'Giorgia Meloni'], ['Non ci sono nuove tasse', 'Giancarlo Giorgetti'], ['È una manovra senza visione', 'Elly Schlein']],
    figures: [[3e10, 'EUR', true], [14e6, 'lavoratori', false], [3.3, '%', false], [6.1, '%', false]],
  },
  'wire-it-2': {
    lang: 'it',
    quotes: [['La situazione è molto critica', 'Irene Priolo'], ['Stiamo evacuando', 'Fabio Ciciliano']],
    figures: [[2000, 'persone', true], [1200, 'volontari', true], [5e8, 'EUR', true]],
  },
  'wire-nl-1': {
    lang: 'nl',
    quotes: [['Het woningtekort is', 'Mona Keijzer'], ['We moeten sneller bouwen', 'Dick Schoof']],
    figures: [[2e9, 'EUR', false], [100000, 'woningen', false], [0.8, '%', false], [3.7, '%', false], [400000, 'woningen', true]],
  },
  'wire-nl-2': {
    lang: 'nl',
    quotes: [['De veiligheid van reizigers', 'Erik Kroeze'], ['Blijf binnen', 'Marco Verbeek']],
    figures: [[120, 'km', true], [250000, 'reizigers', true], [1.5e7, 'EUR', false]],
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
