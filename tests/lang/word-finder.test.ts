import { describe, expect, it } from 'vitest';
import { charRunSpans, wordFinder } from '../../src/lang/index.js';

describe('wordFinder', () => {
  const wordAt = wordFinder(['the', 'then', 'tie', 'yang', 'bürger', '']);
  const found = (text: string): (string | undefined)[] => {
    const out: (string | undefined)[] = [];
    charRunSpans(/\p{L}/u)(text, (start, end) => out.push(wordAt(text, start, end)));
    return out;
  };

  it('names the listed word a span spells, and nothing for a longer or shorter word sharing its ends', () => {
    expect(found('the then tie tithe thee th yang bürger bürgermeister')).toEqual([
      'the',
      'then',
      'tie',
      undefined,
      undefined,
      undefined,
      'yang',
      'bürger',
      undefined,
    ]);
  });

  it('hands the same offsets charRuns slices', () => {
    const spans: string[] = [];
    const text = 'Math 𝐀𝐁 letters, é̃ ok';
    charRunSpans(/[\p{L}\p{M}]/u)(text, (start, end) => spans.push(text.slice(start, end)));
    expect(spans).toEqual(text.match(/[\p{L}\p{M}]+/gu));
  });
});
