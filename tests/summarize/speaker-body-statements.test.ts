import { describe, expect, it } from 'vitest';
import { languagePack } from '../../src/lang/index.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { SpeakerResolver } from '../../src/summarize/resolve-speaker.js';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences: a body's statement, credited by its common noun, belongs to the body the article named, not to a person near it. */
describe("a body's noun after an elided article", () => {
  // "ha detto l'azienda": the elided article is read past like "la", so the noun is the body's, not the manager named before.
  creditsSpeakers([
    [
      'it',
      para(
        'La Ferretti Componenti ha chiuso il reparto verniciatura.',
        "Il direttore Paolo Gatti ieri ha incontrato i capireparto. «Nessuno perderà il posto», ha detto l'azienda.",
      ),
      ['Ferretti Componenti'],
    ],
  ]);
});

describe("a body's noun past a time phrase after the verb", () => {
  // "ha fatto sapere in serata l'azienda": the time phrase is skipped to the body's noun, its subject.
  creditsSpeakers([
    [
      'it',
      para(
        'La Ferretti Componenti ha chiuso il reparto verniciatura.',
        "Il direttore Paolo Gatti ieri ha incontrato i capireparto. «Siamo pronti a trattare», ha fatto sapere in serata l'azienda con una nota.",
      ),
      ['Ferretti Componenti'],
    ],
  ]);
});

describe("a body's noun opening its sentence with an elided article", () => {
  // "L'azienda spiega:" is the company named before, not a person called "L'azienda".
  creditsSpeakers([
    [
      'it',
      para('La Ferretti Componenti ha chiuso il reparto verniciatura.', "L'azienda spiega: «Gli ordini sono calati per tutto l'anno»."),
      ['Ferretti Componenti'],
    ],
  ]);
});

describe('a body noun of the press in Portuguese', () => {
  // "afirmou o órgão": a common noun for a body, the one the article named, not the minister near it.
  creditsSpeakers([
    [
      'pt',
      para('A Anvisa abriu uma investigação sobre o lote.', 'O ministro Paulo Reis não comentou. "Há indícios de contaminação", afirmou o órgão.'),
      ['Anvisa'],
    ],
  ]);
});

describe('a body noun after a person who issued a statement', () => {
  // The statement's person is what "the statement" means later, never what a body's noun ("l'autorité") means.
  it('leaves the body noun to whoever is around rather than the person', () => {
    const text = 'elle a parlé dans un communiqué. puis indique l’autorité organisatrice dans une note.';
    const resolver = new SpeakerResolver(
      () => [],
      () => false,
      { text, lex: lexiconFor(languagePack('fr')!) },
    );
    resolver.resolve({ kind: 'name', name: 'Claire Vasseur', titled: true }, 0);
    resolver.creditStatement('Claire Vasseur', 10);
    expect(resolver.resolve({ kind: 'body', noun: 'autorité' }, 50)).toBeNull();
  });
});

describe('a body noun capitalized as a name that the body found is itself', () => {
  // "Ministério diz …" opening a sentence: the noun alone is no body to redirect to; the name's own completion reads it in full.
  creditsSpeakers([
    [
      'pt',
      para(
        'Ministério diz que os serviços mínimos foram cumpridos.',
        'Contactado pela Lusa, o Ministério da Educação, Ciência e Inovação garantiu que os serviços mínimos foram cumpridos. "O Governo mantém a porta aberta ao diálogo", referiu fonte do gabinete do ministro.',
      ),
      // The whole name, past its listed remit (#21).
      ['Ministério da Educação, Ciência e Inovação'],
    ],
  ]);
});
