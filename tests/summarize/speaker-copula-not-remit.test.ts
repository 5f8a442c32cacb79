import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences: a copula between a title and a name says who holds the title, so the name is a person, not a remit. */
describe('a copula is never the link from a title to its remit', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Der Kreisligist FC Moorbach hat das Derby gegen den Tabellenführer gewonnen. „Wir haben heute alles richtig gemacht“, sagte Trainer Heiko Lambrecht.',
        'Torschütze war Stürmer Jonas Keller, der kurz vor Schluss zweimal traf. „Beim zweiten Tor habe ich gar nicht nachgedacht“, sagte der 22-Jährige.',
      ),
      ['Heiko Lambrecht', 'Jonas Keller'],
    ],
    [
      'de',
      para(
        'Die Stadt Elmshagen hat ihren Gründerpreis vergeben. „Die Auswahl war schwer“, sagte Bürgermeister Rainer Vogt.',
        'Gewinnerin ist Gründerin Carla Ehrlich, deren Laden seit Mai öffnet. „Damit habe ich nie gerechnet“, sagte die 47-Jährige.',
      ),
      ['Rainer Vogt', 'Carla Ehrlich'],
    ],
    [
      'en',
      para(
        'The hospital trust has named a new board. “We needed fresh eyes,” said spokesman Peter Hale.',
        'Its new chair is Professor Helen Marsh, who ran a clinic in Leeds for ten years. “The waiting lists come first,” the 58-year-old said.',
      ),
      ['Peter Hale', 'Helen Marsh'],
    ],
  ]);
});
