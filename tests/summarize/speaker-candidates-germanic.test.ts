/**
 * Candidates for a credit that names no one outright, in German, Dutch and English copy: an epithet for the person
 * the article or its headline gives that role, a body's noun for the body named in the next sentence or opening the
 * headline, a place's adjective and a body's noun for the body of that kind, and a name that is only whose the
 * speaker is (after a preposition, past a body's noun or a second preposition); a possessive or a quantifier opens a noun, never a name.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('an article and a capitalized noun after the verb is an epithet, not the name past it', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Rostock. Cheftrainerin Malin Ekdahl sprach nach dem Spiel lange mit der Mannschaft.',
        '„Wir haben heute zu viele Chancen liegen lassen, und das darf uns nicht passieren“, sagte die Lettin am Mikrofon von Radio Küste.',
      ),
      ['Malin Ekdahl'],
    ],
    [
      'de',
      para(
        'Kiel. Rückraumspieler Ole Brandvik traf neunmal, am Ende reichte es trotzdem nicht.',
        '„Wir müssen in der Schlussphase einfach ruhiger bleiben, das lernen wir noch“, sagte der Kapitän am Mikrofon von Nordwelle.',
      ),
      ['Ole Brandvik'],
    ],
  ]);
});

describe('an epithet is the person the headline gives the role, or the sentence before opens with', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Hanstedt. Nach 41 Jahren schließt die Bäckerei am Markt zum Monatsende.',
        '„Die Kosten für Mehl und Strom haben sich in zwei Jahren verdoppelt“, sagte die Inhaberin am Dienstag.',
      ),
      // The headline's own quote first, then the body's.
      ['Margit Oelschläger', 'Margit Oelschläger'],
      'Bäckerei am Markt schließt – Inhaberin Margit Oelschläger: „Es geht nicht mehr“',
    ],
    [
      'de',
      para(
        'Geschäftsführerin Ina Vogt stellte am Montag die Pläne vor. Betriebsrätin Jana Roth kritisierte die Eile.',
        'Die Geschäftsführerin hält einen Rückzieher für ausgeschlossen. „Wir haben lange genug gewartet und müssen jetzt handeln“, sagte sie.',
      ),
      ['Ina Vogt'],
    ],
    [
      'nl',
      "Volgens de wethouder is snel handelen nodig. 'We kunnen niet wachten tot het weer misgaat in de wijk', zegt hij. Wethouder Bram Kuijpers lichtte het plan dinsdag toe.",
      ['Bram Kuijpers'],
    ],
    [
      'nl',
      "Volgens de dijkgraaf is snel handelen nodig. 'We kunnen niet wachten tot het weer misgaat in de polder', zegt hij. Dijkgraaf Pieter Hoogendam lichtte het plan toe.",
      ['Pieter Hoogendam'],
    ],
  ]);
});

describe('a body’s noun means the body named in the next sentence, or opening the headline that uses the noun too', () => {
  creditsSpeakers([
    [
      'en',
      '“We are sorry for the distress this has caused to families,” the trust said. Fenwick Valley NHS Trust, which runs both sites, suspended the service in May.',
      ['Fenwick Valley NHS Trust'],
    ],
    [
      'en',
      para(
        'The club said on Monday that the sale was "the only way to keep professional football alive in this town".',
        'Supporters will march to the ground on Saturday.',
      ),
      ['Kestrel Rovers'],
      'Kestrel Rovers: anger as club sells its ground to developer',
    ],
    [
      'en',
      para(
        'Harbour Athletic have dismissed head coach Ewan Tully after a cup defeat left the club bottom of the table.',
        'The club said in a statement that Tully had left "by mutual agreement" on Sunday night.',
      ),
      ['Harbour Athletic'],
      'Harbour Athletic sack coach after cup exit',
    ],
  ]);
});

describe('a place’s adjective and a body’s noun is an epithet for the body of that kind', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Bergheim. Der FC Rotweiß Bergheim hat am Sonntag zum fünften Mal in Folge verloren.',
        'Man werde „jetzt nicht in Panik verfallen und in Ruhe arbeiten“, teilte der Bergheimer Klub nach dem Spiel mit.',
      ),
      ['FC Rotweiß Bergheim'],
    ],
  ]);
});

describe('a name after a preposition and a body’s noun is whose the speaker is, with a verb after it too', () => {
  creditsSpeakers([
    [
      'nl',
      "Gedeputeerde Anneke Wolters van de provincie Drenthe noemt het besluit 'een gemiste kans voor de regio'. Ze wil eerst met de boeren praten.",
      ['Anneke Wolters'],
    ],
  ]);
});

describe('a possessive or a quantifier and a noun opening a sentence name no one an epithet could mean', () => {
  creditsSpeakers([
    [
      'de',
      'Oberstaatsanwältin Petra Lindemann forderte vier Jahre Haft. Mehrere Zeugen hatten den Mann schwer belastet. „Er hat das Vertrauen seiner Kunden schamlos ausgenutzt“, sagte die Anklagevertreterin.',
      ['Petra Lindemann'],
    ],
    ['de', 'Gästetrainer Anders Holmqvist war zufrieden. Sein Team habe „bis zur letzten Sekunde an sich geglaubt“, sagte der Schwede.', ['Anders Holmqvist']],
  ]);
});
