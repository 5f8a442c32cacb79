/**
 * How the candidates around a credit are weighed, in German, Dutch, English and Malay copy: a number's counted
 * words are no one's name, a source after an impersonal verb speaks.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('capitalized words right after a number are what it counts, never a person an epithet means', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Achern. Ein Vermögensberater soll seine Kunden um 3,4 Millionen Euro gebracht haben. Der Prozess beginnt im März.',
        'Zu den Geschädigten gehört Hannelore Brenner aus Sasbach, die nach eigenen Angaben 40.000 Euro verloren hat. „Ich habe ihm jeden Monat Geld gegeben und nie etwas zurückbekommen“, sagte die 71-Jährige.',
      ),
      ['Hannelore Brenner'],
    ],
  ]);
});

describe('a body named after a source preposition past an impersonal verb said the quote, not the person before', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        'GENT – De vakbonden leggen donderdag het werk neer in de distributiecentra. "We zijn het beu om telkens te moeten wachten", zegt secretaris Wim Haesaerts van ABVV.',
        'Ook de liberale vakbond doet mee. "Wie zes dagen per week werkt, verdient meer dan een vage belofte", klinkt het bij ACLVB.',
      ),
      ['Wim Haesaerts', 'ACLVB'],
    ],
  ]);
});

describe('a lone given name inside one full name, after a prefix, is that person', () => {
  creditsSpeakers([
    [
      'ms',
      para(
        'IPOH: Exco Kerja Raya negeri, Datuk Mohd Faizal Abdul Hamid berkata, kerja membaiki jalan akan siap bulan depan.',
        'Penduduk Kampung Manjoi, Rosnah Abu, 52, berkata jalan itu rosak sejak Mac. "Anak-anak saya terpaksa berjalan kaki ke sekolah," katanya.',
        '"Kalau tidak siap juga, kita akan tamatkan kontrak mereka," kata Faizal.',
      ),
      ['Rosnah Abu', 'Mohd Faizal Abdul Hamid'],
    ],
  ]);
});

describe('an epithet is the person named right after the same role, their name run taking the role in', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'LEEDS — A former council treasurer was jailed for six years on Friday for taking £2.1 million from a pension fund, money a judge said had belonged to "the people who cleaned our streets".',
        'Martin Keele, 61, admitted 14 counts of fraud at Leeds Crown Court.',
        '"You stole from those who trusted you most," Judge Helen Ashworth-Pryce told Keele as she passed sentence.',
      ),
      ['Helen Ashworth-Pryce', 'Helen Ashworth-Pryce'],
    ],
  ]);
});

describe("an abbreviation's stop between a role and the name ends no clause", () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Wipperfeld. Die Kinderklinik schließt nachts. „Wir finden keine Ärzte mehr für den Nachtdienst“, sagte Geschäftsführerin Dr. Ursula Brandtner.',
        'Im Kreishaus ist man empört. Landrat Jörg Weißenborn spricht von Wortbruch. „Das ist ein schwarzer Tag“, sagte Weißenborn. Kreisbrandmeister Uwe Kalt sieht längere Wege.',
        '„Sobald wir Ärzte finden, öffnen wir wieder“, sagte die Geschäftsführerin.',
      ),
      ['Ursula Brandtner', 'Jörg Weißenborn', 'Ursula Brandtner'],
    ],
  ]);
});

describe('a role after an article that never opens a subject is an object, not who spoke', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Kreisstadt. „Wir müssen sparen, auch bei der Musik“, sagte Landrat Dr. Heinrich Vollmer am Montag im Kreistag.',
        'Vor dem Landratsamt protestierten Eltern. Die Elternsprecher Anna Roth und Jens Kühn übergaben dem Landrat eine Liste mit Unterschriften und kündigten eine Petition an. „Musik darf kein Luxus werden“, erklärten die beiden.',
      ),
      ['Heinrich Vollmer', 'Anna Roth und Jens Kühn'],
    ],
  ]);
});

describe("a court's word for the accused before a name is a role, not part of the name", () => {
  creditsSpeakers([
    [
      'id',
      para(
        'PADANG - Mantan bendahara dinas pendidikan, Hendra Gunawan Putra, divonis lima tahun penjara, Kamis (3/12/2026).',
        'Terdakwa Hendra yang mengenakan batik cokelat tampak tenang. "Saya terima putusan ini dengan lapang dada," ucapnya.',
      ),
      ['Hendra Gunawan Putra'],
    ],
  ]);
});

describe('an epithet is a full name brought in within its own paragraph, in any clause, before a subject further back', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Offenburg. Der Prozess gegen den Anlageberater Bernd Kögel hat begonnen. „Er hat das Vertrauen seiner Kunden ausgenutzt“, sagte Staatsanwalt Peter Lenz. Kögel schwieg.',
        'Im Saal saßen mehrere Geschädigte. Unter ihnen war Hannelore Weiss aus Kehl, die 60.000 Euro verloren hat. „Das war unser Erspartes für das Alter“, sagte die 69-Jährige.',
      ),
      ['Peter Lenz', 'Hannelore Weiss'],
    ],
  ]);
});

describe("a role with its body's initials, then a comma and a full name: the name in apposition speaks", () => {
  creditsSpeakers([
    [
      'id',
      para(
        'BANDUNG - Perjalanan kereta api dari Stasiun Bandung terlambat hingga dua jam akibat longsor di jalur Cipatat, Senin (7/12/2026).',
        'Pihak PT Kereta Api Indonesia Daop 2 Bandung menyatakan telah mengirim alat berat. "Kami mohon maaf kepada penumpang. Petugas sudah bekerja sejak pagi," kata General Manager KAI Daop 2 Bandung, Rudi Hermawan.',
      ),
      ['Rudi Hermawan'],
    ],
  ]);
});

describe('a person brought in with an age, in any clause, is whom a later pronoun means, before a body that spoke', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        'ZUTPHEN - De brug over de IJssel blijft zeker een maand dicht. "We doen er alles aan om de bussen goed te laten aansluiten", laat een woordvoerder van Arriva weten.',
        'Voor Fleur Jansen (29) uit Brummen, die elke dag naar Apeldoorn reist, is het een tegenvaller. "Ik ben straks een uur langer onderweg", zegt ze.',
      ),
      ['Arriva', 'Fleur Jansen'],
    ],
  ]);
});

describe('a body has no gender of its own: a pronoun passes over the feminine noun of a body for the woman named before it', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Die Biologin Jana Mertens über einen Sommer ohne Regen.',
        'Der Stausee hat ein Drittel seines Wassers verloren. Jana Mertens leitet die Messungen der Technischen Hochschule Kempten seit 2019. „So tief stand das Wasser noch nie“, sagt sie.',
      ),
      ['Jana Mertens'],
    ],
  ]);
});
