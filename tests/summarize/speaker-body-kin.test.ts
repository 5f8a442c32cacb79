/**
 * A body's generic noun ("die Behörde") means the latest body the article named with a noun the language files under
 * that kind ("das Landesamt für Denkmalpflege"), not the noun alone.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a generic body noun means the body named with a noun of its kind', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Görlitz. Das Landesamt für Denkmalpflege Sachsen hat den Abriss der alten Mühle gestoppt.',
        '„Wir prüfen den Bau jetzt gründlich und lassen uns dafür Zeit“, sagte ein Sprecher der Behörde.',
      ),
      ['Landesamt für Denkmalpflege Sachsen'],
    ],
  ]);
});

describe('a German company noun means the company a compound of its kind introduced', () => {
  creditsSpeakers([
    [
      // "-händler" is of the company's kind; a genitive phrase opening a sentence and a part of the day name no one.
      'de',
      para(
        'Hamburg. Der Versandhändler Lindor Mode hat im Sommer weniger verkauft als erwartet. Die Zahl der Bestellungen sank um ein Zehntel.',
        '„Wir rechnen für das Weihnachtsgeschäft wieder mit mehr Kunden“, teilte das Unternehmen am Montagabend mit.',
      ),
      ['Lindor Mode'],
    ],
    [
      // "Das Familienunternehmen" describes the company; it is no name of its own.
      'de',
      para(
        'Kassel. Der Modehändler Kessler schließt zwei seiner Filialen. Das Familienunternehmen beschäftigt dort noch zwanzig Menschen.',
        '„Wir finden für alle eine Stelle in unseren anderen Häusern“, sagte das Unternehmen.',
      ),
      ['Kessler'],
    ],
    [
      // Counted, the noun means many companies, none by name.
      'de',
      para(
        'Fulda. Der Werkzeughändler Hollbach Technik spürt die Krise. Die Kammer befragte dazu 300 Unternehmen aus Industrie und Handel.',
        '„Unsere Kunden bestellen vorsichtiger“, sagte das Unternehmen.',
      ),
      ['Hollbach Technik'],
    ],
  ]);
});
