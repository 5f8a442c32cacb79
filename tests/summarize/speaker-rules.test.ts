import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

/** Made-up sentences, one rule each: the speakers of the quotes, in reading order. */
const speakersOf = (text: string, lang: string): (string | null)[] => summarizeArticle(text, { lang }).quotes.map((q) => q.speaker);

const para = (...ps: string[]): string => ps.join('\n\n');

type Case = [lang: string, text: string, expected: (string | null)[]];

const creditsSpeakers = (cases: Case[]): void =>
  it.each(cases)('%s: %s', (lang, text, speakers) => expect(speakersOf(text, lang)).toEqual(speakers));

describe('a party or affiliation in brackets after a person keeps them a person', () => {
  creditsSpeakers([
    ['de', para('Bundesverkehrsminister Markus Feldhaus (FDP) rief beide Seiten auf.', '„Ein Streik trifft alle“, sagte der Minister.'), ['Markus Feldhaus']],
    ['en', para('Health Secretary Janet Okoro (Labour) visited the ward.', '"We will fund this," the secretary said.'), ['Janet Okoro']],
    ['it', para('Il ministro Paolo Ferri (Lega) ha parlato a Roma.', '«Non ci sono fondi», ha detto il ministro.'), ['Paolo Ferri']],
  ]);
});

describe('a surname opening a sentence is who a later pronoun means', () => {
  creditsSpeakers([
    ['de', para('„Wir haben verhandelt“, sagte Torsten Wendelin.', '„Das reicht nicht“, sagte Karin von Bredow.', 'Wendelin schloss weitere Streiks nicht aus. „Wir reden am Freitag“, kündigte er an.'), ['Torsten Wendelin', 'Karin von Bredow', 'Torsten Wendelin']],
    ['nl', para('"We gaan door", zei Pieter Jansen.', '"Dat is onverstandig", zei Femke de Boer.', 'Jansen liet zich niet afschrikken. "We staken vrijdag", zei hij.'), ['Pieter Jansen', 'Femke de Boer', 'Pieter Jansen']],
    ['en', para('"We will appeal," said Mark Hollis.', '"That is their right," said Anna Perez.', 'Hollis was unmoved. "This is not over," he added.'), ['Mark Hollis', 'Anna Perez', 'Mark Hollis']],
  ]);
});

describe('German: a capitalized article opens a noun phrase, never a surname particle', () => {
  creditsSpeakers([
    ['de', para('„Ein Streik trifft alle“, sagte Markus Feldhaus.', 'Der Fahrgastverband Pro Bahn kritisierte die Vorwarnzeit. „Das ist zu wenig“, so Verbandssprecherin Heike Sandmann.', '„Wir müssen reden“, fügte er hinzu.'), ['Markus Feldhaus', 'Heike Sandmann', 'Markus Feldhaus']],
    ['de', '„Wir sind bereit“, sagte Ursula von der Heide.', ['Ursula von der Heide']],
  ]);
});

describe('a surname after a particle stays a name even when it is also a title word', () => {
  creditsSpeakers([
    ['nl', '"Dat is onverstandig", zei Femke de Boer.', ['Femke de Boer']],
    ['nl', 'Raadslid Peter de Graaf (VVD) is kritisch. "Veel te duur", zegt De Graaf.', ['Peter de Graaf']],
  ]);
});
