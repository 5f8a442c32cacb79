import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS } from '../../src/lang/index.js';
import { firstMatch, lastMatch, lexiconFor, matchesOf } from '../../src/summarize/lexicon.js';
import { tokenize } from '../../src/summarize/tokenize.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const articles = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(fixtures, f), 'utf8'));

/** The token grammar the scan implements, as the regex it replaced. */
const TOKEN =
  /\p{Ll}{1,4}['’](?=\p{L})|[^\P{L}\p{Ll}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*(?<=\p{L})-(?=\s\p{Ll})|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const byRegex = (text: string, offset = 0) =>
  [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    isWord: /[\p{L}\p{M}\p{N}]/u.test(m[0][0]!),
  }));

const samples = [
  "dell'anno l'État d’Italia abcde'f it's l'",
  'Jean-Baptiste Ferracci, 47 ans, a-t-il dit; 12-3 « oui » — “no”',
  'Math 𝐀𝐁 letters, 𝑎𝑏’c emoji 😀 and é̃ marks',
  'lone \ud835 high, lone \udc00 low, end \ud835',
  'tab\tno-break\u00a0line\u2028end',
  // A capitalized compound's first part keeps its hyphen before a space and a lowercase word; nothing else does.
  'Industrie- und Handelskammer, Nord-Ost- und Süd, ab- und zu, 10- bis, Ende- Anfang, Ende-',
  // An elided article is all lowercase and four letters at most: not "quell'", "dA'", "d1'".
  "quell'anno dA'bc d1'x ab-cd'ef ll’’x 𝑎’b s'",
  '',
];

describe('tokenize', () => {
  it('splits elided articles off, keeps hyphenated and apostrophe words whole', () => {
    expect(tokenize("dell'anno l’État Jean-Baptiste O'Brien").map((t) => t.text)).toEqual(["dell'", 'anno', 'l’', 'État', 'Jean-Baptiste', "O'Brien"]);
  });

  it('gives the tokens of the word-or-mark regex on every language fixture and edge case, offsets included', () => {
    for (const s of [...samples, ...articles]) expect(tokenize(s, 7), s.slice(0, 40)).toEqual(byRegex(s, 7));
  });
});

describe('matchesOf', () => {
  it('finds what matchAll finds with the speech-verb regex of every pack', () => {
    for (const pack of LANGUAGE_PACKS) {
      const { verbRe } = lexiconFor(pack);
      for (const text of articles) expect(matchesOf(verbRe, text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(verbRe)].map((m) => [m.index, m[0]]));
    }
  });

  it('keeps, with an offset, just the matches starting before it, and leaves the regex reset', () => {
    const re = /said|told/g;
    const text = 'she said he told them what they said';
    expect(matchesOf(re, text, 13).map((m) => [m.index, m[0]])).toEqual([
      [4, 'said'],
      [12, 'told'],
    ]);
    expect(matchesOf(re, text, 12).map((m) => m.index)).toEqual([4]);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a regex without the global flag, as matchAll does', () => {
    expect(() => matchesOf(/said/, 'he said')).toThrow(TypeError);
  });
});

describe('firstMatch and lastMatch', () => {
  it('find the first and last of matchesOf, empty matches and astral characters too', () => {
    const cases: [RegExp, string][] = [
      [/said|told/g, 'she said he told them what they said'],
      [/x*/gu, 'a𝐀x'],
      [/nothing/g, 'no match here'],
    ];
    for (const pack of LANGUAGE_PACKS) cases.push(...articles.map((text): [RegExp, string] => [lexiconFor(pack).verbRe, text]));
    for (const [re, text] of cases) {
      const all = matchesOf(re, text).map((m) => [m.index, m[0]]);
      expect(firstMatch(re, text) && [firstMatch(re, text)!.index, firstMatch(re, text)![0]]).toEqual(all[0] ?? null);
      expect(lastMatch(re, text) && [lastMatch(re, text)!.index, lastMatch(re, text)![0]]).toEqual(all.at(-1) ?? null);
      expect(re.lastIndex).toBe(0);
    }
  });

  it('refuse a regex without the global flag', () => {
    expect(() => firstMatch(/said/, 'he said')).toThrow(TypeError);
    expect(() => lastMatch(/said/, 'he said')).toThrow(TypeError);
  });
});
