/** Speakers in German and Dutch copy with hard attribution (#21): forms the s89 batch brought that the rules had not met. */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('an interview whose questions are paragraphs of their own without quote marks: the answers are the interviewee’s', () => {
  creditsSpeakers([
    [
      'nl',
      para(
        '‘We moeten sneller bouwen’, zegt wethouder Lotte Brink.',
        'De krant sprak Gijs Hulshof, directeur van woningcorporatie Rivierstad.',
        'Waarom duurt het zo lang?',
        '‘De vergunningen lopen vast bij de provincie. Dat kost ons maanden.’',
        'Wanneer staan de eerste woningen er?',
        '‘Ik hoop eind volgend jaar, als alles meezit.’',
      ),
      ['Lotte Brink', 'Gijs Hulshof', 'Gijs Hulshof'],
    ],
  ]);
});

describe('a name’s particle leads to its surname, also one spelled like a function word ("ter Haar", "haar" being "her")', () => {
  creditsSpeakers([['nl', para('Kees ter Haar stopt als trainer van VV Oosterwijk.', '‘Het was een mooie tijd’, zei Ter Haar.'), ['Kees ter Haar']]]);
});

describe('a preposition opening a sentence opens no name ("Pro Fahrt", "Onder De Boer")', () => {
  creditsSpeakers([
    [
      'de',
      para('Der Angeklagte, Tobias R., fuhr für eine Bande Pakete aus. Pro Tour bekam er 300 Euro.', '„Ich wusste von nichts“, sagte der 31-Jährige.'),
      ['Tobias R'],
    ],
    [
      'nl',
      para('Kees de Boer stopt als trainer van VV Oosterwijk. Onder De Boer groeide de club uit tot een subtopper.', '‘Het was een mooie tijd’, zei De Boer.'),
      ['Kees de Boer'],
    ],
  ]);
});

describe('"des Verbunds": a body’s noun for the compound named before ("Verkehrsverbund Oberland")', () => {
  creditsSpeakers([
    [
      'de',
      para('Der Verkehrsverbund Oberland erhöht die Preise.', '„Wir müssen die Kosten decken“, sagte ein Sprecher des Verbunds.'),
      ['Verkehrsverbund Oberland'],
    ],
  ]);
});

describe('past a fronted phrase a preposition opens, the subject follows the verb before a colon ("Für Mittwoch warnte der Wetterdienst erneut:")', () => {
  creditsSpeakers([
    [
      'de',
      para(
        '„Das war ein heftiges Gewitter“, sagte Meteorologe Paul Reiner.',
        'Für Donnerstag warnte die Landeswetterwarte Süd erneut: „Weitere Gewitter mit Hagel sind am Abend wahrscheinlich.“',
      ),
      ['Paul Reiner', 'Landeswetterwarte Süd'],
    ],
  ]);
});

describe('a body’s adjective after a subject’s article takes the ending of the name alone ("der Deutsche Wetterdienst" → "Deutscher Wetterdienst")', () => {
  creditsSpeakers([
    [
      'de',
      para('„Das wird teuer“, sagte Paul Reiner.', 'Am Montag warnte der Bayerische Bauernverband: „Die Ernte fällt um ein Drittel kleiner aus.“'),
      ['Paul Reiner', 'Bayerischer Bauernverband'],
    ],
  ]);
});
