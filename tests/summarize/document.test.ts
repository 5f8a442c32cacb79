/**
 * The cleaned article: junk lines dropped, and with a "read more" label on its
 * own line, the other story's headline on the next one.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/summarize/document.js';
import { summarizeArticle } from '../../src/summarize/index.js';

describe('the headline a "read more" label links to is junk too', () => {
  it.each([
    ['pt', 'Leia também', 'Governo libera 3 mil vagas em creches da capital'],
    ['pt', 'LEIA TAMBÉM:', 'Governo libera 3 mil vagas em creches da capital'],
    ['fr', 'À lire aussi :', 'Le département promet 40 millions d’euros pour les collèges'],
    ['de', 'Lesen Sie auch', 'Stadt plant neue Kita für 2,4 Millionen Euro'],
    ['de', 'Mehr zum Thema:', 'Stadt plant neue Kita für 2,4 Millionen Euro'],
  ])('%s: "%s" then a headline', (lang, label, linked) => {
    const body = ['A prefeitura anunciou nesta terça-feira um novo plano para o transporte.', label, linked, 'O plano será votado em maio.'].join('\n');
    const doc = buildDocument(body, lang);
    expect(doc.text).not.toContain(linked);
    expect(doc.text).toContain('O plano será votado em maio.');
  });

  it('keeps what follows a byline, and a paragraph closed by a stop or opening a quote after a label', () => {
    const after = (label: string, line: string) => buildDocument(['Der Rat tagte am Montag.', label, line].join('\n'), 'de').text;
    expect(after('Von Katrin Wendler', 'Neue Kita für 2,4 Millionen Euro')).toContain('Neue Kita für 2,4 Millionen Euro');
    expect(after('Lesen Sie auch', 'Der Bau soll 2,4 Millionen Euro kosten.')).toContain('Der Bau soll 2,4 Millionen Euro kosten.');
    expect(after('Anzeige', 'Bürgermeisterin Anna Roth sagte dazu:')).toContain('Bürgermeisterin Anna Roth sagte dazu:');
  });

  it('no figure of the linked headline reaches the summary', () => {
    const body = [
      'A Polícia Federal prendeu nove suspeitos de fraude em aposentadorias rurais nesta terça-feira.',
      'LEIA TAMBÉM:',
      'INSS suspende 5 mil benefícios por suspeita de fraude',
      'Segundo a PF, o esquema desviou R$ 48 milhões desde 2021.',
    ].join('\n');
    expect(summarizeArticle(body, { lang: 'pt' }).figures.map((f) => f.value)).toEqual([48e6]);
  });
});
