/**
 * Speakers in court reports and in copy quoting bodies by their genitive names: a particle after a noun, a word between a
 * speaker and the verb, a defendant a later pronoun means, and a body's name as it reads as a subject.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a particle after the one noun an article opens starts a phrase of its own, not a surname', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Vor dem Amtsgericht Lindau muss sich seit Montag die 47 Jahre alte Petra Wendling wegen Untreue verantworten.',
        '„Ich habe das Geld nie für mich verwendet“, sagte die Angeklagte zu Beginn der Verhandlung.',
      ),
      ['Petra Wendling'],
    ],
  ]);
});

describe('a word between a speaker and the verb ("selbst", "hanya") leaves the speaker before it', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Der Stadtrat von Hollfeld hat den Neubau des Hallenbads gestoppt. Bürgermeister Anton Greiner hatte bis zuletzt für das Projekt geworben.',
        'Greiner selbst sagte am Ende der langen Sitzung nur einen Satz: „Das ist ein schwarzer Tag für die Stadt.“',
      ),
      ['Anton Greiner'],
    ],
    [
      'ms',
      para(
        'KUANTAN: Seorang bekas kerani, Zainal Yusof, 44, mengaku tidak bersalah atas tuduhan pecah amanah.',
        'Ketika ditemui selepas prosiding, Zainal hanya berkata: “Saya serahkan kepada peguam saya.”',
      ),
      ['Zainal Yusof'],
    ],
    [
      'id',
      para(
        'Polisi menangkap seorang pengemudi ojek daring, Agus Prasetyo, karena menipu penumpang.',
        'Saat ditemui wartawan, Agus hanya berkata: "Saya minta maaf kepada semua korban."',
      ),
      ['Agus Prasetyo'],
    ],
  ]);
});

describe('a defendant found for "the defendant" spoke, and is whom a later pronoun of the role’s gender means', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Vor dem Landgericht Aurich hat am Mittwoch der Prozess gegen die Inhaberin einer Reinigungsfirma begonnen. Die 58 Jahre alte Gisela Hoyer soll Sozialbeiträge von rund 300.000 Euro vorenthalten haben.',
        '„Ich wusste nicht, dass das strafbar ist“, sagte die Angeklagte. Sie habe sich auf ihren Steuerberater verlassen und die Unterlagen „nie selbst gelesen“.',
      ),
      ['Gisela Hoyer', 'Gisela Hoyer'],
    ],
  ]);
});

describe('the gender a role or a pronoun gives a person marks them, for a pronoun of the other gender to pass over', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Kassel. Im Prozess um den Neubau einer Grundschule hat das Landgericht den Bauunternehmer Frank Hollmeier zu drei Jahren Haft verurteilt. Der 58-Jährige soll einem Bauleiter der Stadt 84.000 Euro gezahlt haben.',
        'Der Vorsitzende Richter Bernd Kallmann sprach von einem verwerflichen Vorgehen. „Hier ging es um Geld für eine Schule. Der Angeklagte hat das gewusst“, sagte er.',
        'Der Angeklagte nahm das Urteil regungslos auf. In seinem letzten Wort hatte er Reue gezeigt, seine Verteidigerin Sabine Görlitz hatte auf Bewährung plädiert. „Ich habe einen großen Fehler gemacht“, hatte er gesagt.',
        'Nach dem Urteil kündigte die Verteidigerin Revision an. „Die Strafe ist deutlich zu hoch“, sagte sie.',
      ),
      ['Bernd Kallmann', 'Frank Hollmeier', 'Sabine Görlitz'],
    ],
    [
      'de',
      para(
        'Die Landrätin Ute Brinkmann stellte sich am Abend den Fragen der Bürger. Ein älterer Mann aus Lindenhain, Werner Kaltenbach, hat vierzig Jahre in der Klinik gearbeitet.',
        '„Sie wissen doch gar nicht, wie weit das hier ist“, ruft er. Sie hört zu und nickt. Später sagt sie: „Er hat ja recht. Aber das ändert an den Zahlen nichts.“',
      ),
      ['Werner Kaltenbach', 'Ute Brinkmann'],
    ],
  ]);
});

describe('a body named in the genitive is named as it reads as a subject', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Der Bund will die Förderung für Lastenräder kürzen. Ein Sprecher des Bundesministeriums für Verkehr sagte, man prüfe die Zahlen noch.',
        '„Das Programm war von Anfang an befristet“, sagte er.',
      ),
      ['Bundesministerium für Verkehr'],
    ],
    [
      'de',
      para(
        'Die Pläne für den Hafen in Emden stoßen auf Widerstand. Jede Vertiefung schade dem Watt, erklärte eine Sprecherin des Wattenrats Niedersachsen.',
        '„Wir werden dagegen klagen.“',
      ),
      ['Wattenrat Niedersachsen'],
    ],
    [
      'de',
      para(
        'Wegen des Warnstreiks fallen in Kesselbrunn am Dienstag viele Busse aus.',
        '„Kein Kind bekommt einen Fehltag eingetragen“, sagte eine Sprecherin des Staatlichen Schulamts Kesselbrunn.',
      ),
      ['Staatliches Schulamt Kesselbrunn'],
    ],
    [
      'de',
      para(
        'Die Beschäftigten streikten am Montag vor dem Klinikum in Eschenau. Besonders betroffen war das Klinikum Eschenau, das größte Haus des Verbunds.',
        '„Wir haben alle Betroffenen angerufen“, sagte eine Sprecherin des Klinikums.',
      ),
      ['Klinikum Eschenau'],
    ],
  ]);
});
