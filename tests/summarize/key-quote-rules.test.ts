/**
 * Key quotes: who opens the story, which words are the reporter's, and which
 * speakers are one side.
 */
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

const keyQuotes = (text: string, lang: string) =>
  summarizeArticle(text, { lang })
    .quotes.filter((q) => q.key)
    .map((q) => q.text.slice(0, 24));

describe('key quotes: the reporter’s sentence, the opening voice and the lead’s own body', () => {
  it('ms: lowercase words picked up after the reporter’s own word are a fragment, not the opening statement of the officer quoted next', () => {
    const text = [
      '"Kami terpaksa menutup kilang ini kerana permintaan jatuh sepanjang tahun ini," kata ketua pegawai eksekutif, Mariam Yusof.',
      'Kesatuan Pekerja Kilang (KPK) membantah dan menyifatkannya sebagai "tamparan hebat kepada semua keluarga di lembah ini". Presiden KPK, Ahmad Faizal, berkata penutupan itu akan menjejaskan ramai pekerja. "Kami akan melawan keputusan ini di mahkamah dan di jalanan," katanya.',
    ].join('\n\n');
    expect(keyQuotes(text, 'ms')).toEqual(['Kami terpaksa menutup ki', 'Kami akan melawan keputu']);
  });

  it('a patient or passer-by who speaks first sets the scene; the first actor after them is the story’s lead', () => {
    const text = [
      'Ruth Amis, 67, from Leeds, waited nine hours in the corridor. “I have never felt so forgotten in all my life,” she said.',
      '“We are opening two hundred extra beds before the winter because waits are far too long,” said health secretary Mara Lind.',
      '“Beds without nurses are just furniture, and we have no nurses to spare,” said union leader Paul Otto.',
    ].join('\n\n');
    expect(keyQuotes(text, 'en')).toEqual(['We are opening two hundr', 'Beds without nurses are ']);
  });

  it('es: a body the first actor is introduced as heading speaks with their voice, not as a second side', () => {
    const text = [
      'La directora de la Agencia de Emergencias del Norte, Marta Ríos, compareció por la mañana. "Pedimos a la población que no salga de casa salvo que sea imprescindible", dijo Ríos.',
      '"No crucen nunca un paso inundado, ni a pie ni en coche, bajo ninguna circunstancia", insistió la Agencia de Emergencias del Norte.',
      '"Suban a un piso superior si viven en una planta baja cerca del río", añadió la agencia.',
    ].join('\n\n');
    expect(keyQuotes(text, 'es')).toEqual(['Pedimos a la población q']);
  });

  it('fr: a subject cut off by its credit and resumed in lowercase gives the key to the resumed words, a full opening keeps it', () => {
    const cutSubject = [
      'Le maire de Valmont, Paul Ardent, a visité le chantier.',
      '« Le nouveau pont, estime le maire, sera ouvert aux piétons avant la fin du printemps prochain. »',
    ].join('\n\n');
    expect(keyQuotes(cutSubject, 'fr')).toEqual(['sera ouvert aux piétons ']);
    const fullOpening = [
      'La présidente du syndicat, Lise Morand, a pris la parole.',
      '« Nous refusons ce plan, a déclaré Lise Morand. Chaque emploi supprimé ici est une famille de plus sans revenu. »',
    ].join('\n\n');
    expect(keyQuotes(fullOpening, 'fr')).toEqual(['Nous refusons ce plan']);
  });

  it('a name told as one of many ("Tom Reed, a resident") is a witness, while a titled expert so told is still a voice', () => {
    const text = (intro: string) =>
      [
        '“We will rebuild the school before the next term starts in September,” said mayor Anna Holt.',
        `“My children could not sleep at all after the water came in,” said ${intro} of Mill Lane.`,
        '“The council ignored every warning about the river bank for years,” said councillor Ben Frost.',
      ].join('\n\n');
    expect(keyQuotes(text('Tom Reed, a resident'), 'en')).toEqual(['We will rebuild the scho', 'The council ignored ever']);
    expect(keyQuotes(text('Dr Tom Reed, a hydrologist'), 'en')).toEqual(['We will rebuild the scho', 'My children could not sl']);
  });
});

describe('key quotes: how many voices a piece keeps', () => {
  const shortPiece = (third: string) =>
    [
      'The county will shut the Elm Street library in March, officials said on Monday.',
      '“We cannot keep four branches open on the budget we have been given this year,” said council leader Nora Vance.',
      '“The branch has served the east side for sixty years and deserves better than this,” said librarian Owen Platt.',
      `“${third},” said school head Iris Moyle.`,
    ].join('\n\n');

  it('a short piece keeps a third voice whose first statement argues a position at length', () => {
    const argued =
      'Half of our pupils have no books at home, the library is where they do their homework after school, and the bus to the central branch takes them forty minutes each way';
    expect(keyQuotes(shortPiece(argued), 'en')).toEqual(['We cannot keep four bran', 'The branch has served th', 'Half of our pupils have ']);
  });

  it('a short piece leaves out a third voice that only says something of middling length', () => {
    const middling = 'Our pupils will miss the reading club on Thursdays, and the parents will miss it too';
    expect(keyQuotes(shortPiece(middling), 'en')).toEqual(['We cannot keep four bran', 'The branch has served th']);
  });

  it('a short piece where six or more actors speak keeps a third voice with a substantive first statement', () => {
    const voices = (more: string[]) =>
      [
        '“We are closing the Elm Street branch because the roof cannot be repaired,” said council leader Nora Vance.',
        '“The branch has served the east side for sixty years and deserves better than this,” said librarian Owen Platt.',
        '“Our pupils will miss the reading club on Thursdays, and the parents will miss it too,” said school head Iris Moyle.',
        ...more,
      ].join('\n\n');
    const two = [
      '“The building survey was finished in May and sent to every councillor,” said surveyor Dan Roe.',
      '“The mobile library van will stop at the school twice a week from April,” said officer Kim Pratt.',
    ];
    const three = [...two, '“The reading club can move to the community hall on the same evening,” said organiser Lea Marsh.'];
    expect(keyQuotes(voices(three), 'en')).toEqual(['We are closing the Elm S', 'The branch has served th', 'Our pupils will miss the']);
    expect(keyQuotes(voices(two), 'en')).toEqual(['We are closing the Elm S', 'The branch has served th']);
  });
});
