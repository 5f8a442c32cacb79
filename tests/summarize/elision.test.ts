import { describe, expect, it } from 'vitest';
import {
  ELIDED_ARTICLE,
  ELIDED_ARTICLE_ANY_CASE,
  ELIDED_ARTICLE_BEFORE_LETTER,
  ELIDED_ARTICLE_BEFORE_WORD,
  ELIDED_ARTICLE_OR_PREPOSITION,
  ELIDED_LINK,
  ELIDED_SHORT_WORD,
  endsWithApostrophe,
  withoutApostrophe,
  withoutElidedOpening,
} from '../../src/summarize/elision.js';

describe('elided words', () => {
  it('keep apart the lengths and cases each reader was measured with', () => {
    const matched = (re: RegExp): string[] => ["l'", 'L’', "d'", "dell'", "quell'", "quella'", 'l'].filter((w) => re.test(w));
    expect(matched(ELIDED_SHORT_WORD)).toEqual(["l'", 'L’', "d'"]);
    expect(matched(ELIDED_ARTICLE)).toEqual(["l'", "d'"]);
    expect(matched(ELIDED_ARTICLE_ANY_CASE)).toEqual(["l'", 'L’', "d'"]);
    expect(matched(ELIDED_ARTICLE_OR_PREPOSITION)).toEqual(["l'", "d'", "dell'"]);
    expect(matched(ELIDED_LINK)).toEqual(["l'", "d'", "dell'", "quell'"]);
  });

  it('strip an elided opening only before enough letters', () => {
    expect("l'ufficiale".replace(ELIDED_ARTICLE_BEFORE_LETTER, '')).toBe('ufficiale');
    expect("l'on".replace(ELIDED_ARTICLE_BEFORE_WORD, '')).toBe("l'on");
    expect("L'ispettrice".replace(ELIDED_ARTICLE_BEFORE_WORD, '')).toBe('ispettrice');
    expect(withoutElidedOpening('nell’archivio')).toBe('archivio');
    expect(withoutElidedOpening('archivio')).toBe('archivio');
  });

  it('drop or spot a trailing apostrophe', () => {
    expect(withoutApostrophe("sull'")).toBe('sull');
    expect(withoutApostrophe('sul')).toBe('sul');
    expect(endsWithApostrophe('d’')).toBe(true);
    expect(endsWithApostrophe("d'Arco")).toBe(false);
  });
});
