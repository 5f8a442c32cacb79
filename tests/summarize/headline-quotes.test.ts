import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

const quotesOf = (title: string, body: string[], lang: string) => summarizeArticle(body.join('\n\n'), { lang, title }).quotes;

describe('quotes in the headline', () => {
  it('a headline quote the body never repeats word for word is a quote of its own, never key', () => {
    const quotes = quotesOf(
      'Pensioni, scontro nel governo. Il ministro: «Nessun passo indietro»',
      [
        'Il ministro del Lavoro, Carlo Ventresca, ha difeso la riforma delle pensioni davanti ai sindacati.',
        '«Non torneremo indietro su una riforma che il Paese aspetta da vent’anni», ha detto Ventresca in conferenza stampa.',
      ],
      'it',
    );
    const headline = quotes.find((q) => q.text === 'Nessun passo indietro');
    expect(headline).toMatchObject({ speaker: 'Carlo Ventresca', key: false });
  });

  it('is said by whoever says most of its words in the body', () => {
    const quotes = quotesOf(
      'Gemeente Ravenstad schrapt nieuw zwembad: ‘Het geld is er niet’',
      [
        'De gemeente Ravenstad ziet af van de bouw van een nieuw zwembad van 30 miljoen euro.',
        '‘Het geld is er simpelweg niet meer, hoe graag we het ook willen’, zegt wethouder Marieke van Dalen-Smit.',
        'De zwemclub reageert teleurgesteld.',
      ],
      'nl',
    );
    expect(quotes.find((q) => q.text === 'Het geld is er niet')?.speaker).toBe('Marieke van Dalen-Smit');
  });

  it('a headline quote the body repeats word for word is listed once', () => {
    const quotes = quotesOf(
      '„Wir geben nicht auf“: Bürgermeisterin kämpft um das Freibad',
      ['Bürgermeisterin Karin Lettau hält dagegen. „Wir geben nicht auf“, sagte Lettau am Montag vor dem Rathaus.'],
      'de',
    );
    expect(quotes.filter((q) => q.text === 'Wir geben nicht auf')).toHaveLength(1);
  });
});
