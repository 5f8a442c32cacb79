import { describe, expect, it } from 'vitest';
import { languagePack } from '../../src/lang/index.js';
import { apposedPeople } from '../../src/summarize/apposed-person.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { countWords, mentionBefore } from '../../src/summarize/speaker-name.js';

const id = lexiconFor(languagePack('id')!);

describe('mentions read once per article', () => {
  it('reads a text by the article it is in, not by another article that asked first', () => {
    // Made-up articles: in the first, "Kali Bening" also stands on its own, so it is a place heading the name; in the second it never does.
    const placeAlone = countWords('Warga di Kali Bening resah. Kata Kali Bening Dedi Mulyadi kemarin. Jalan di Kali Bening rusak.');
    const placeOnce = countWords('Kata Kali Bening Dedi Mulyadi kemarin.');
    const head = 'Di sana, Kali Bening Dedi Mulyadi';
    expect(mentionBefore(head, id, placeAlone)).toMatchObject({ kind: 'name', name: 'Dedi Mulyadi' });
    expect(mentionBefore(head, id, placeOnce)).toMatchObject({ kind: 'name', name: 'Kali Bening Dedi Mulyadi' });
    // Asked again in each article: the answer that article gave the first time.
    expect(mentionBefore(head, id, placeAlone)).toMatchObject({ name: 'Dedi Mulyadi' });
    expect(mentionBefore(head, id, placeOnce)).toMatchObject({ name: 'Kali Bening Dedi Mulyadi' });
  });
});

describe('apposed people, the letter before the article checked after the scan', () => {
  it('finds the person an article and a group introduce', () => {
    expect(apposedPeople('Seorang pasien, Warsini, warga desa itu mengeluh.', id)).toEqual([{ name: 'Warsini', at: 16 }]);
  });

  it('skips an article that ends a longer word, and finds the next one past it', () => {
    expect(apposedPeople('Bukanseorang pasien, Warsini, warga desa itu mengeluh.', id)).toEqual([]);
    expect(apposedPeople('Xseorang pasien, Warsini, warga. Seorang pasien, Tini, warga', id)).toEqual([{ name: 'Tini', at: 49 }]);
  });
});
