import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('a body named in the genitive is credited by its subject form', () => {
  creditsSpeakers([
    [
      'de',
      'Das steht in einem Papier des Bundesbauministeriums an den Ausschuss. Eine Sprecherin des Ministeriums bestätigte das Papier. „Wir prüfen jeden Antrag einzeln“, sagte sie.',
      ['Bundesbauministerium'],
    ],
    [
      'de',
      'Nach Angaben des Landesverbands Imkerei gingen viele Völker ein. Ein Sprecher des Verbands sprach von einem „bitteren Jahr“. „Das Frühjahr war einfach zu kalt“, sagte er.',
      ['Landesverband Imkerei', 'Landesverband Imkerei'],
    ],
  ]);
});

describe('a sentence opened by a pronoun speaks of the person it names, not about them', () => {
  creditsSpeakers([
    [
      'de',
      'Das Gericht hat den Makler Otto Brenner verurteilt. „Das war Betrug“, sagte der Richter Paul Weiland.\n\nIm Saal saßen viele Opfer. Eine von ihnen ist Erika Sommer aus Lohberg. Sie hatte Brenner 20.000 Euro geliehen. „Ich bin froh, dass es vorbei ist“, sagt die Rentnerin.',
      ['Paul Weiland', 'Erika Sommer'],
    ],
  ]);
});

describe('an age before a name, as an adjective after its article, leaves the name the subject', () => {
  creditsSpeakers([
    [
      'de',
      'Landwirt Josef Huber, 58, stand vor seinem Feld. „Alles ist weg“, sagt er. Die 29-jährige Lena Vogt war mit dem Hund unterwegs: „Ich bin nur noch gerannt.“',
      ['Josef Huber', 'Lena Vogt'],
    ],
    [
      'nl',
      'Boer Kees Bakker stond bij zijn schuur. ‘Alles is kapot’, zegt hij. De 41-jarige Anouk Visser zat met haar kinderen binnen: ‘We waren doodsbang.’',
      ['Kees Bakker', 'Anouk Visser'],
    ],
  ]);
});
