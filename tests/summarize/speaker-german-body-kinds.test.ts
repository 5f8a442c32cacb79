/**
 * German body nouns that mean a body the article named under another word of their kind ("die Polizei" for
 * "das Polizeipräsidium Oberried", "der Versicherer" for "die Nordische Versicherung").
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a German body noun means the body named under a word of its kind', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Oberried. Ein Hagelsturm hat am Dienstag schwere Schäden angerichtet. Nach Angaben des Polizeipräsidiums Oberried wurden neun Menschen verletzt.',
        '„Zwei Autofahrer wurden von Ästen getroffen“, teilte die Polizei mit.',
      ),
      ['Polizeipräsidium Oberried'],
    ],
    [
      'de',
      para(
        'Oberried. Ein Hagelsturm hat schwere Schäden angerichtet. „Zwei Autofahrer wurden von Ästen getroffen“, teilte die Polizei mit.',
        'Die Nordische Versicherung schätzt den Schaden auf 20 Millionen Euro. „Wir rechnen mit weiteren Meldungen“, sagte ein Sprecher des Versicherers.',
      ),
      ['Polizei', 'Nordische Versicherung'],
    ],
  ]);
});

describe('a compound cut short before its partner joins it across the conjunction in a body’s name', () => {
  creditsSpeakers([
    [
      'de',
      'Die Regierung will sparen. „Die Zahlen liegen noch nicht vor“, sagte ein Sprecher des Wirtschafts- und Finanzministeriums.',
      ['Wirtschafts- und Finanzministerium'],
    ],
    [
      'nl',
      'De regering wil bezuinigen. “De cijfers zijn er nog niet”, zei een woordvoerder van het ministerie van Onderwijs- en Cultuurzaken.',
      ['ministerie van Onderwijs- en Cultuurzaken'],
    ],
  ]);
});

describe('a German company named "…gesellschaft" is a body its spokesperson speaks for', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Talheim. Der neue Mietspiegel der Stadt treibt die Preise. „Die Mieten steigen schneller als die Löhne“, sagte die Vorsitzende des Mietervereins, Jutta Kramm.',
        'Die städtische Talheimer Baugesellschaft (TBG) verweist auf ihre eigenen Mieten. „Wir dämpfen den Markt“, teilte ein Sprecher mit.',
      ),
      ['Jutta Kramm', 'Talheimer Baugesellschaft'],
    ],
  ]);
});

describe('a German "…dienstleister" is a company its spokesperson speaks for', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Bremen. Beim Finanzdienstleister Hanse Pay AG haben 300 Beschäftigte gestreikt. „Wir wollen faire Löhne“, sagte Verdi-Sekretärin Jana Pohl.',
        'Ein Unternehmenssprecher sagte, man setze auf Gespräche. „Wir sind jederzeit verhandlungsbereit“, sagte der Sprecher.',
      ),
      ['Jana Pohl', 'Finanzdienstleister Hanse Pay AG'],
    ],
  ]);
});
