import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS, languagePack } from '../../src/lang/index.js';
import { bodyNameThroughConjunction } from '../../src/summarize/body-name-conjunction.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { shortNamedBodies } from '../../src/summarize/short-named-bodies.js';

// The pre-checks skip work where it cannot find anything: each must hold wherever the full reading finds something.
describe.each(LANGUAGE_PACKS.map((p) => [p.code, lexiconFor(p)] as const))('pre-checks of %s', (_, lex) => {
  it('conjunctionRe finds every conjunction as a word, in any case, also after an elided link', () => {
    for (const c of lex.conjunctions) {
      for (const written of [c, c.toUpperCase(), c.charAt(0).toUpperCase() + c.slice(1)])
        for (const around of [`Rural ${written} Urban`, `(${written})`, `l'${written}`, written]) expect(lex.conjunctionRe.test(around), around).toBe(true);
      expect(lex.conjunctionRe.test(`x${c}x`)).toBe(false);
    }
  });

  it('spokespersonPhraseHeads holds the first word of every phrase of several words, and no word of one alone', () => {
    for (const w of lex.spokespersonWords) if (w.includes(' ')) expect(lex.spokespersonPhraseHeads.has(w.split(' ')[0]!)).toBe(true);
    for (const h of lex.spokespersonPhraseHeads) expect([...lex.spokespersonWords].some((w) => w.startsWith(`${h} `))).toBe(true);
  });
});

describe('bodyNameThroughConjunction, past its pre-check', () => {
  const lex = lexiconFor(languagePack('en')!);
  it('still reads the remit after the conjunction', () => {
    // Made-up text.
    const text = 'The Department for Health and Social Care said on Monday that the Department for Health would act.';
    expect(bodyNameThroughConjunction('Department for Health', text, lex)).toBe('Department for Health and Social Care');
  });
  it('gives the name as it is where no conjunction follows any spot', () => {
    expect(bodyNameThroughConjunction('Department for Health', 'The Department for Health said on Monday it would act.', lex)).toBe('Department for Health');
  });
});

describe('shortNamedBodies, runs with one capital skipped where the pack lists no clipped words', () => {
  const nobody = (): boolean => false;
  it('finds initials after marks opening their run (ms)', () => {
    // Made-up text.
    const text = 'Kata pegawai (PDRM), xPDRM dan "KKM" pada Isnin.';
    expect(shortNamedBodies(text, lexiconFor(languagePack('ms')!), nobody, []).map((b) => b.short)).toEqual(['pdrm', 'kkm']);
  });
  it('finds a clipped word with one capital where the pack lists it (id)', () => {
    const text = 'Petugas Polres Metro Bekasi memeriksa saksi.';
    expect(shortNamedBodies(text, lexiconFor(languagePack('id')!), nobody, []).map((b) => b.name)).toEqual(['Polres Metro Bekasi']);
  });
});
