/**
 * What the key-quote rules read of an article's quotes (quoteSignals), which
 * the key-quote trainer's features start from: the story's actors in reading
 * order, its first actor past a scene-setting witness, and the quote a key on
 * an opening that is only a subject flags.
 */
import { describe, expect, it } from 'vitest';
import { languagePack } from '../../src/lang/index.js';
import { creditQuotes } from '../../src/summarize/credit-quotes.js';
import { buildDocument } from '../../src/summarize/document.js';
import { findQuotes } from '../../src/summarize/find-quotes.js';
import { articleFrame } from '../../src/summarize/index.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { quoteSignals } from '../../src/summarize/rank-quotes.js';

function signals(paragraphs: string[], lang: string) {
  const lex = lexiconFor(languagePack(lang)!);
  const doc = buildDocument(paragraphs.join('\n\n'), lang);
  return quoteSignals(creditQuotes(doc, findQuotes(doc), lex, null), articleFrame(doc, null), doc.text, lex);
}

describe('quote signals', () => {
  it('one actor per speaker, first statements only, the lead past a witness told by their age', () => {
    const sig = signals(
      [
        'Ruth Amis, 67, from Leeds, waited nine hours in the corridor. “I have never felt so forgotten in all my life,” she said.',
        '“We are opening two hundred extra beds before the winter because waits are far too long,” said health secretary Mara Lind.',
        '“Every ward in the county will get a share of the new beds by March,” Lind added.',
        '“Beds without nurses are just furniture, and we have no nurses to spare,” said union leader Paul Otto.',
      ],
      'en',
    );
    expect(sig.actors.map((q) => q.speaker)).toEqual(['Ruth Amis', 'Mara Lind', 'Paul Otto']);
    expect(sig.lead?.speaker).toBe('Mara Lind');
    expect(sig.others.map((q) => q.speaker)).toEqual(['Ruth Amis', 'Paul Otto']);
    expect(sig.colour(sig.actors[0]!)).toBe(true);
    const added = sig.candidates.find((q) => q.text.startsWith('Every ward'))!;
    expect(sig.actorOf(added)).toBe(1);
    expect(sig.actors).not.toContain(added);
  });

  it('fr: a key on an opening that is only a subject flags the words it resumes after the credit', () => {
    const sig = signals(
      [
        'Le maire de Valmont, Paul Ardent, a visité le chantier.',
        '« Le nouveau pont, estime le maire, sera ouvert aux piétons avant la fin du printemps prochain. »',
      ],
      'fr',
    );
    const opening = sig.candidates[0]!;
    expect(sig.opening(opening)).toBe(true);
    expect(sig.keyed(opening).text).toMatch(/^sera ouvert/);
  });
});
