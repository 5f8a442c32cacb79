/**
 * Capitalized German words that name no one: an adverb opening the sentence before its verb ("Dazu sagte …",
 * "Anschließend erklärte …") is no speaker, and the verb's subject follows it.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('an adverb before the verb is no speaker: the subject after the verb is', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Bremen. Der Hafenbetreiber will das Terminal bis 2028 erweitern, die Anwohner fürchten mehr Lärm.',
        'Anschließend erklärte die Vorsitzende der Bürgerinitiative, Ute Kellermann: „Wir wollen nicht jede Nacht von Kränen geweckt werden.“',
      ),
      ['Ute Kellermann'],
    ],
    [
      'de',
      para(
        'Gotha. Der Kreistag hat die Schließung der Geburtsstation beschlossen. Landrat Jörg Wendisch verteidigte den Schritt im Ausschuss.',
        'Dabei räumte er ein: „Für die werdenden Mütter werden die Wege länger, das ist uns bewusst.“',
      ),
      ['Jörg Wendisch'],
    ],
  ]);
});

describe('a particle that is also a preposition, before one noun seen nowhere else, opens a phrase: no surname', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Lübeck. Im Prozess um den Brand in der Lagerhalle hat das Landgericht die Beweisaufnahme geschlossen.',
        'Die Angeklagte Sabine Voigt hatte zu Verhandlungsbeginn erklärt: „Ich war an dem Abend gar nicht in der Halle.“',
      ),
      ['Sabine Voigt'],
    ],
  ]);
});

describe('a phrase a preposition opens at the head of a sentence is no speaker', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Kassel. Das Amtsgericht hat den früheren Kassenwart eines Sportvereins zu einer Bewährungsstrafe verurteilt.',
        'Wegen Untreue, wie von der Anklage gefordert, wurde der 58-Jährige aber nicht verurteilt. „Er hat sich nicht bereichert“, sagte der Vorsitzende Richter Tobias Harms.',
        'Staatsanwältin Petra Lindemann hatte drei Jahre Haft wegen Untreue gefordert. Sie will das Urteil prüfen. „Wir halten die Strafe für deutlich zu milde“, sagte sie.',
      ),
      ['Tobias Harms', 'Petra Lindemann'],
    ],
  ]);
});
