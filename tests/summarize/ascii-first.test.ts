import { describe, expect, it } from 'vitest';
import { asciiFirst, asciiFirstBehind, WORD_CHAR, WORD_CHAR_BEHIND } from '../../src/summarize/ascii-first.js';

/** Every character of the Basic Multilingual Plane but the surrogates, and a few beyond it. */
const CHARS = [...Array.from({ length: 0xd800 }, (_, i) => i), ...Array.from({ length: 0x10000 - 0xe000 }, (_, i) => 0xe000 + i), 0x1d400, 0x10400, 0x1f600]
  .map((c) => String.fromCodePoint(c))
  .join('');

function matchedBy(re: RegExp): string[] {
  return [...CHARS.matchAll(re)].map((m) => m[0]);
}

describe('ASCII-first classes', () => {
  it('match exactly the characters of the plain class, forwards and in a lookbehind', () => {
    const plain = matchedBy(/[\p{L}\p{M}'’-]/gu);
    expect(matchedBy(new RegExp(WORD_CHAR, 'gu'))).toEqual(plain);
    const before = (re: RegExp): number[] => [...CHARS.matchAll(re)].map((m) => m.index);
    expect(before(new RegExp(`(?<=${WORD_CHAR_BEHIND})`, 'gu'))).toEqual(before(/(?<=[\p{L}\p{M}'’-])/gu));
    expect(matchedBy(new RegExp(asciiFirst('A-Z', String.raw`\p{Lu}`), 'gu'))).toEqual(matchedBy(/\p{Lu}/gu));
    expect(before(new RegExp(`(?<!${asciiFirstBehind('A-Za-z', String.raw`\p{L}`)})`, 'gu'))).toEqual(before(/(?<!\p{L})/gu));
  });
});
