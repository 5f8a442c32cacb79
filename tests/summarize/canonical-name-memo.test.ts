import { describe, expect, it } from 'vitest';
import { languagePack } from '../../src/lang/index.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { canonicalName, countWords } from '../../src/summarize/speaker-name.js';

const lex = lexiconFor(languagePack('id')!);
const phrase = ['Kali', 'Bening', 'Dedi', 'Mulyadi'];

describe('canonicalName, remembered per article', () => {
  it('reads a phrase by the article it is in, not by another article that asked first', () => {
    // Made-up articles: in the first, "Kali Bening" also stands on its own, so it is a place heading the name; in the second it never does.
    const placeAlone = countWords('Warga di Kali Bening resah. Kata Kali Bening Dedi Mulyadi kemarin. Jalan di Kali Bening rusak.');
    const placeOnce = countWords('Kata Kali Bening Dedi Mulyadi kemarin.');
    expect(canonicalName(phrase, lex, placeAlone)).toBe('Dedi Mulyadi');
    expect(canonicalName(phrase, lex, placeOnce)).toBe('Kali Bening Dedi Mulyadi');
    // Asked again in each article: the answer that article gave the first time.
    expect(canonicalName([...phrase], lex, placeAlone)).toBe('Dedi Mulyadi');
    expect(canonicalName([...phrase], lex, placeOnce)).toBe('Kali Bening Dedi Mulyadi');
  });

  it('tells apart phrases whose words join alike', () => {
    const counts = countWords('Kata Pak Dedi kemarin.');
    expect(canonicalName(['pak', 'Dedi'], lex, counts)).toBe('Dedi');
    expect(canonicalName(['pak Dedi'], lex, counts)).toBeNull();
  });
});
