import { describe } from 'vitest';
import { creditsSpeakers, type SpeakerCase } from '../helpers/speaker-cases.js';

describe('a clause in the mood of reported speech: its subject is spoken of, the words are who spoke last', () => {
  creditsSpeakers([
    [
      'de',
      '„Wir brauchen die neue Halle“, sagte Bürgermeisterin Anja Roloff. Der Landkreis habe „alle Auflagen erfüllt“, das Gericht prüfe nur „eine Nebensache“.',
      ['Anja Roloff', 'Anja Roloff', 'Anja Roloff'],
    ],
    [
      'de',
      'Die Brenntaler Kunststoff GmbH baut Stellen ab. „Wir haben lange gerechnet“, sagte Geschäftsführer Tobias Wendt. Der Markt breche weg, das Unternehmen stehe „mit dem Rücken zur Wand“.',
      ['Tobias Wendt', 'Tobias Wendt'],
    ],
  ]);
});

describe('two people credited after a plural verb, each with a place or a party of their own', () => {
  creditsSpeakers([
    ['it', '«La scelta è sbagliata», hanno dichiarato i sindaci di Valdoria, Marta Ferri, e di Pieve Alta, Luca Benetti.', ['Marta Ferri e Luca Benetti']],
    [
      'de',
      '„Das lassen wir nicht zu“, sagten Jana Vogt (SPD) aus Oberau und Timo Brandl (CSU) aus Tiefenbach nach der Sitzung.',
      ['Jana Vogt und Timo Brandl'],
    ],
    // "die beiden" later means that pair, not the place and the second name.
    [
      'de',
      '„Das lassen wir nicht zu“, sagten Jana Vogt aus Oberau und Timo Brandl aus Tiefenbach. Beide drohen mit einer Klage. „Wir haben die Bürger hinter uns“, betonten die beiden.',
      ['Jana Vogt und Timo Brandl', 'Jana Vogt und Timo Brandl'],
    ],
  ]);
});

describe('a group epithet after the verb, the two people it counts named in apposition: both of them', () => {
  creditsSpeakers([
    [
      'fr',
      'La maire, Claire Aubin, a reçu les salariés. « On nous a menti », ont lancé les deux délégués CGT, Nadia Roux et Marc Lefèvre, devant l’usine.',
      ['Nadia Roux et Marc Lefèvre'],
    ],
    [
      'de',
      'Landrat Peter Kühn verteidigte den Plan. „Das ist ein Fehler“, sagten die beiden Bürgermeister, Jana Vogt und Timo Brandl.',
      ['Jana Vogt und Timo Brandl'],
    ],
  ]);
});

describe('plural speech verbs of the packs: each credits the two people a group epithet after it names', () => {
  const fr =
    'ont lancé|ont plaidé|ont réagi|ont relevé|ont martelé|ont fustigé|ont tranché|ont demandé|ont reconnu|ont confirmé|ont répondu|ont salué|ont alerté|ont critiqué|ont accusé|ont témoigné|ont promis';
  const it = 'hanno accusato|hanno attaccato|hanno insistito|hanno lamentato|hanno criticato';
  const de = 'versichern|mahnen|appellieren|appellierten|verweisen|bekräftigten|beteuerten|unterstrichen|ergänzten|berichten';
  creditsSpeakers([
    ...fr.split('|').map((v): SpeakerCase => ['fr', `« Non », ${v} les deux élus, Nadia Roux et Marc Lefèvre.`, ['Nadia Roux et Marc Lefèvre']]),
    ...it.split('|').map((v): SpeakerCase => ['it', `«No», ${v} i due consiglieri, Marta Ferri e Luca Benetti.`, ['Marta Ferri e Luca Benetti']]),
    ...de.split('|').map((v): SpeakerCase => ['de', `„Nein“, ${v} die beiden Bürgermeister, Jana Vogt und Timo Brandl.`, ['Jana Vogt und Timo Brandl']]),
  ]);
});
