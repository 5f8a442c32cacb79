import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences for attribution constructions first met in batches never tuned on, German, Dutch, English, Indonesian and Malay. */
describe("a lawyer's title before the name in apposition", () => {
  // Dutch "mr." (a law degree) heads a name like "dr.": the lawyer speaks, not the client named before the comma.
  creditsSpeakers([
    [
      'nl',
      para(
        'De rechtbank Utrecht heeft de 40-jarige Kees Bosman uit Zeist veroordeeld tot 2 jaar cel.',
        'De advocaat van Bosman, mr. Wim Hendriks, noemde het vonnis "veel te zwaar". "Mijn cliënt is geen oplichter en gaat in beroep", zei hij na afloop.',
      ),
      ['Wim Hendriks', 'Wim Hendriks'],
    ],
  ]);
});

describe('a nominalized role whose article tells the gender', () => {
  // "der Vorsitzende" is a man, "die Vorsitzende" a woman: the same role word is no gender cue of its own.
  creditsSpeakers([
    [
      'de',
      para(
        '„Das ist ein Skandal“, sagte die Bezirksleiterin der Gewerkschaft, Anna Berger.',
        'Auch der Betriebsratsvorsitzende Tobias Krämer zeigte sich enttäuscht. Man werde „um jede Stelle kämpfen“, sagte er.',
      ),
      ['Anna Berger', 'Tobias Krämer'],
    ],
  ]);
});

describe('a lone capitalized object before the colon that introduces a quote', () => {
  // "erwartet weitere Kürzungen: „…“": a German noun before the colon is the verb's object; the named subject speaks.
  creditsSpeakers([
    [
      'de',
      para(
        'Die Firma baut 300 Stellen ab.',
        'Branchenexperte Jonas Feldmann vom Institut für Verkehr in Bremen erwartet weitere Kürzungen: „Das ist erst der Anfang. Viele Betriebe stehen vor dem Aus.“',
      ),
      ['Jonas Feldmann'],
    ],
  ]);
});

describe('a quote-only paragraph opening on a pronoun for the person just named', () => {
  // "“He knew exactly what he did.”" after a sentence about the defendant: the judge who spoke last goes on, not the defendant.
  creditsSpeakers([
    [
      'nl',
      para(
        'De rechtbank Utrecht heeft de voormalige wethouder Kees Bosman (61) veroordeeld tot twee jaar cel.',
        '"De verdachte heeft het vertrouwen van de burgers beschaamd", zei rechter Anna de Wit bij de uitspraak. Bosman liet onder meer zijn eigen huis verbouwen op kosten van de gemeente.',
        '"Hij wist heel goed wat hij deed en heeft alles gedaan om het te verbergen."',
      ),
      ['Anna de Wit', 'Anna de Wit'],
    ],
    [
      'en',
      para(
        'A court jailed former councillor Ken Bosman (61) for two years.',
        '"The defendant betrayed the trust of residents," said Judge Anna White. Bosman had his own house renovated at public cost.',
        '"He knew exactly what he was doing and did everything to hide it."',
      ),
      ['Anna White', 'Anna White'],
    ],
  ]);
});

describe("a company's noun standing for the body the lead named with its compounded kind", () => {
  // "das Unternehmen am Montag": the day is when it acted, not its name; "Der Autozulieferer X": the kind heads no part of X.
  creditsSpeakers([
    [
      'de',
      para(
        'Berlin (dpa) - Der Autozulieferer Bremer-Holz baut 900 Stellen ab. Das teilte das Unternehmen am Montag in Köln mit.',
        'Weltweit beschäftigt Bremer-Holz 5.000 Menschen. Der Abbau soll nach Angaben des Unternehmens „so schonend wie möglich“ erfolgen.',
      ),
      ['Bremer-Holz'],
    ],
  ]);
});
