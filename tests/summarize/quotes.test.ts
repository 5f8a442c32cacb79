import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

const quotesOf = (text: string, lang: string) => summarizeArticle(text, { lang }).quotes;

describe('quote marks', () => {
  const cases: [string, string, string][] = [
    ['curly double', 'en', '“The bridge will open in May,” said Anna Berg, the city engineer.'],
    ['curly single', 'en', '‘The bridge will open in May,’ said Anna Berg, the city engineer.'],
    ['straight double', 'en', '"The bridge will open in May," said Anna Berg, the city engineer.'],
    ['straight single', 'en', "'The bridge will open in May,' said Anna Berg, the city engineer."],
    ['guillemets', 'fr', '« Le pont ouvrira en mai », a déclaré Anna Berg, ingénieure de la ville.'],
    ['German low-high', 'de', '„Die Brücke wird im Mai eröffnet“, sagte Anna Berg, die Stadtingenieurin.'],
    ['German single low-high', 'de', '‚Die Brücke wird im Mai eröffnet‘, sagte Anna Berg, die Stadtingenieurin.'],
    ['reversed guillemets', 'de', '»Die Brücke wird im Mai eröffnet«, sagte Anna Berg, die Stadtingenieurin.'],
    ['corner brackets', 'en', '「The bridge will open in May,」 said Anna Berg, the city engineer.'],
  ];
  for (const [name, lang, text] of cases) {
    it(`reads ${name} quotes`, () => {
      const [q] = quotesOf(text, lang);
      expect(q?.text).toMatch(/^(The bridge will open in May|Le pont ouvrira en mai|Die Brücke wird im Mai eröffnet)$/);
      expect(q?.speaker).toBe('Anna Berg');
    });
  }

  it('joins a quote running over several paragraphs into one', () => {
    const text = [
      '“We lost everything in one night. The water came through the door before anyone could move.',
      '“Now we are starting again from nothing,” said Maria Lopez, a resident.',
    ].join('\n\n');
    const quotes = quotesOf(text, 'en');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toContain('before anyone could move. Now we are starting');
    expect(quotes[0]!.speaker).toBe('Maria Lopez');
  });

  it('keeps a nested quote inside its outer quote', () => {
    const [q, ...rest] = quotesOf('“When they told me ‘you are fired’ I laughed out loud,” said Tom Reed, a former driver.', 'en');
    expect(rest).toHaveLength(0);
    expect(q!.text).toBe('When they told me ‘you are fired’ I laughed out loud');
  });

  it('never takes apostrophes for quote marks', () => {
    const text = "The mayor's office didn't comment on Jum'at prayers, and l'État n'a rien dit. Officials' statements were brief.";
    expect(quotesOf(text, 'en')).toEqual([]);
    expect(quotesOf('Salat Jum’at dan l’État tidak disebut dalam laporan itu.', 'id')).toEqual([]);
  });

  it('reads quotes typed with mixed marks: a straight closing mark after „ or “, a curly one after "', () => {
    for (const [lang, text] of [
      ['de', '„Die Brücke wird im Mai eröffnet", sagte Anna Berg, die Stadtingenieurin.'],
      ['en', '“The bridge will open in May," said Anna Berg, the city engineer.'],
      ['en', '"The bridge will open in May,” said Anna Berg, the city engineer.'],
    ] as const) {
      const quotes = quotesOf(text, lang);
      expect(quotes.map((q) => q.text)).toEqual([lang === 'de' ? 'Die Brücke wird im Mai eröffnet' : 'The bridge will open in May']);
      expect(quotes[0]!.speaker).toBe('Anna Berg');
    }
  });

  it('a straight quote inside „…“ stays nested: the proper closer wins over a mixed one', () => {
    const [q, ...rest] = quotesOf('„Wer "Sanierung" sagt, muss auch zahlen“, sagte Anna Berg, die Kämmerin.', 'de');
    expect(rest).toHaveLength(0);
    expect(q!.text).toBe('Wer "Sanierung" sagt, muss auch zahlen');
  });

  it('drops an unclosed mark', () => {
    expect(quotesOf('He wrote “we will never give up and left the room.', 'en')).toEqual([]);
  });
});

describe('names, titles and terms in quote marks', () => {
  it('are not quotes: a film, a newspaper, a nickname', () => {
    const text =
      'Residents watched the film "Gone With the Wind" in shelters while the newspaper “The Coastal Times” printed a special edition. The striker, nicknamed “the Wall”, did not play.';
    expect(quotesOf(text, 'en')).toEqual([]);
  });

  it('are not quotes in Indonesian either', () => {
    const text = 'Film “Laskar Pelangi” kembali diputar, sementara harian “Kompas” memuat laporan khusus.';
    expect(quotesOf(text, 'id')).toEqual([]);
  });

  it('a few words quoted from a speaker inside the reporter sentence are a quote, never key', () => {
    const text = 'Rusia menyerang Ukraina lagi. Presiden Ukraina Volodymyr Zelenskyy mengatakan tentara itu bisa ditempatkan di “zona konflik” pekan depan.';
    const [q] = quotesOf(text, 'id');
    expect(q).toMatchObject({ text: 'zona konflik', speaker: 'Volodymyr Zelenskyy', key: false });
  });
});

describe('key quotes', () => {
  it('are whole statements with a speaker, at most a handful', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `“This is statement number ${i + 1} and it says a fair amount about the plan,” said Lena Ortiz.`);
    const quotes = quotesOf(paragraphs.join('\n\n'), 'en');
    expect(quotes).toHaveLength(8);
    const key = quotes.filter((q) => q.key);
    expect(key.length).toBeGreaterThan(0);
    expect(key.length).toBeLessThanOrEqual(5);
  });

  it('a statement without a speaker is not key', () => {
    const [q] = quotesOf('“Nobody knows what will happen to the town after the mine closes for good.”', 'en');
    expect(q).toMatchObject({ speaker: null, key: false });
  });
});

describe('a statement split over paragraphs with a comma', () => {
  it('« A »,\\n\\n« B », a précisé X: both parts are X’s', () => {
    const text = [
      '« Nous espérons rétablir 80 % des clients d’ici samedi »,',
      '« mais certaines zones rurales attendront plus longtemps », a précisé la directrice Marianne Laigneau.',
    ].join('\n\n');
    const quotes = summarizeArticle(text, { lang: 'fr' }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Marianne Laigneau', 'Marianne Laigneau']);
  });
});
