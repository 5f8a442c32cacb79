/** The object of a verb telling it to act ("urged the federation to join", "riep de bond op om") is spoken to, never the latest speaker. */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a body told to act by a speech verb is spoken to, not speaking', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'Members of the Civic Consumers Federation protested on Monday, the federation said.',
        'A spokesperson for Lorne Valley Water said the rise was "modest and fair" and urged the federation to join a review panel. "We have nothing to hide at all, and we will publish every figure," the spokesperson said.',
      ),
      ['Lorne Valley Water', 'Lorne Valley Water'],
    ],
    [
      'de',
      para(
        'Mitglieder der Gewerkschaft Hafenbund streikten am Montag, teilte die Gewerkschaft mit.',
        'Ein Sprecher der Nordkai Logistik nannte das Angebot „fair und bezahlbar“ und forderte die Gewerkschaft auf, an den Verhandlungstisch zurückzukehren. „Wir bleiben offen für Gespräche, aber wir gefährden den Hafen nicht“, sagte der Sprecher.',
      ),
      ['Nordkai Logistik', 'Nordkai Logistik'],
    ],
    [
      'nl',
      para(
        'Leden van de Havenbond Noord legden maandag het werk neer, meldde de bond.',
        'Een woordvoerder van Kadeterminal Oost noemde het bod "eerlijk en betaalbaar" en riep de bond op om terug te keren naar de tafel. "We staan open voor overleg, maar we zetten de haven niet op het spel", zei de woordvoerder.',
      ),
      ['Kadeterminal Oost', 'Kadeterminal Oost'],
    ],
    // The verb crediting a quote before its subject still credits it.
    ['en', para('Crews at the depot walked out at dawn.', '"Come back to the table and talk to us," urged Mayor Ann Reyes on Tuesday.'), ['Ann Reyes']],
  ]);
});
