import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

/** Made-up French and Italian sentences, one rule each: the quotes' words and speakers, in reading order. */
const speakersOf = (text: string, lang: string): (string | null)[] => summarizeArticle(text, { lang }).quotes.map((q) => q.speaker);
const textsOf = (text: string, lang: string): string[] => summarizeArticle(text, { lang }).quotes.map((q) => q.text);

const para = (...ps: string[]): string => ps.join('\n\n');

describe('a credit line inside the marks that names only a role', () => {
  it('takes no apposition: the quoted words resume after its comma', () => {
    const text = para(
      'La ministre de la Culture, Hélène Margerie, a visité le chantier.',
      '« Le théâtre, estime la ministre, ne rouvrira pas avant l’été. Les fondations sont fragiles. »',
    );
    expect(textsOf(text, 'fr')).toEqual(['Le théâtre', 'ne rouvrira pas avant l’été. Les fondations sont fragiles.']);
    expect(speakersOf(text, 'fr')).toEqual(['Hélène Margerie', 'Hélène Margerie']);
  });
});

describe('a speech verb alone inside the marks', () => {
  it('between dashes splits the quote, both parts said by who spoke last', () => {
    const text = para('Il sindaco Paolo Ferrini ha presentato il piano.', '«Se la Regione non risponde – ha aggiunto – chiuderemo il ponte per sei mesi».');
    expect(textsOf(text, 'it')).toEqual(['Se la Regione non risponde', 'chiuderemo il ponte per sei mesi']);
    expect(speakersOf(text, 'it')).toEqual(['Paolo Ferrini', 'Paolo Ferrini']);
  });

  it('as a compound tense between commas splits it too', () => {
    const text = para('Il sindaco Paolo Ferrini ha presentato il piano.', '«Siamo pronti, ha spiegato, a trattare con tutti».');
    expect(textsOf(text, 'it')).toEqual(['Siamo pronti', 'a trattare con tutti']);
  });
});

describe('a surname after an elided particle', () => {
  it("is part of the name in apposition (« Céline d'Argens »)", () => {
    const text = "« Le budget est tenu », a assuré la présidente du conseil, Martine d'Argens, devant les élus.";
    expect(speakersOf(text, 'fr')).toEqual(["Martine d'Argens"]);
  });

  it('is the named person a later role or bare verb means', () => {
    const text = para(
      "Il ministro Carlo d'Ambrosi ha presentato la riforma. «Non torniamo indietro», ha detto.",
      'La segretaria del sindacato, Laura Benni, ha annunciato lo sciopero. «Così non va», ha attaccato Benni.',
      "In serata il ministro d'Ambrosi è tornato sul tema. «Io non cerco applausi», ha concluso.",
    );
    expect(speakersOf(text, 'it')).toEqual(["Carlo d'Ambrosi", 'Laura Benni', "Carlo d'Ambrosi"]);
  });

  it("is not read into a body's name (« le Conseil d'État »)", () => {
    const text = para(
      'La maire, Sophie Lenoir, a présenté le projet. « Nous irons au bout », a-t-elle dit.',
      "Le Conseil d'État a tranché mardi. « C’est une victoire », a-t-elle ajouté.",
    );
    expect(speakersOf(text, 'fr')).toEqual(['Sophie Lenoir', 'Sophie Lenoir']);
  });
});

describe('two people credited together', () => {
  it('a given name opening the sentence before "et" and a full name: a plural pronoun means both', () => {
    const text = para(
      'Le député Alain Mercier a dénoncé le plan. « C’est trop tard », a-t-il dit.',
      'Jacques et Denise Morel ont accompagné leur père à l’hôpital. « Personne ne nous répond », racontent-ils.',
    );
    expect(speakersOf(text, 'fr')).toEqual(['Alain Mercier', 'Jacques et Denise Morel']);
  });

  it('two given names after a plural verb', () => {
    const text = para(
      'Il sindaco Marco Rinaldi ha parlato. «Siamo pronti», ha detto.',
      '«Dal vivo è un’altra cosa», hanno commentato Sara e Tommaso, studenti di pittura.',
    );
    expect(speakersOf(text, 'it')).toEqual(['Marco Rinaldi', 'Sara e Tommaso']);
  });
});

describe('Quebec French titles', () => {
  it('"la Dre" is a title, not part of the name', () => {
    const text = '« On soigne dans les corridors », témoigne la Dre Julie Tremblay, urgentologue.';
    expect(speakersOf(text, 'fr')).toEqual(['Julie Tremblay']);
  });
});
